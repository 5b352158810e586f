#include "analysis/filterfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(FilterFile::Error::Code)

using Column = FilterRule::Column;
using Relation = FilterRule::Relation;

// The filter file (docs/filter-format.md): every column, relation and action survives a save and
// a load; a bad file fails with where and why, and returns nothing half-read.
class tst_FilterFile : public QObject
{
    Q_OBJECT

private:
    static QList<NamedRuleSet> everything()
    {
        NamedRuleSet all;
        all.name = QStringLiteral("Every column \u00e9\u65e5");
        int i = 0;
        for (Column c : FilterRule::columns()) {
            for (Relation r : FilterRule::relations()) {
                FilterRule rule;
                rule.column = c;
                rule.relation = r;
                rule.value = QStringLiteral("v%1 \"quoted\", \\ \u00fc").arg(i);
                rule.action = (i % 2) ? FilterRule::Action::Exclude : FilterRule::Action::Include;
                rule.enabled = (i % 3) != 0;
                rule.color = (i % 5) == 0 ? QStringLiteral("#d03030") : QString();
                all.rules.append(rule);
                ++i;
            }
        }
        NamedRuleSet empty;
        empty.name = QStringLiteral("Empty");
        return {all, empty};
    }

private Q_SLOTS:
    void roundTripInMemory()
    {
        const QList<NamedRuleSet> sets = everything();
        QCOMPARE(sets.first().rules.size(), 15 * 9);
        QList<NamedRuleSet> back;
        FilterFile::Error error;
        QVERIFY(FilterFile::fromJson(FilterFile::toJson(sets), &back, &error));
        QCOMPARE(back, sets);
    }

    void roundTripOnDisk()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rules.json"));
        FilterFile::Error error;
        QVERIFY(FilterFile::save(file, everything(), &error));
        QList<NamedRuleSet> back;
        QVERIFY(FilterFile::load(file, &back, &error));
        QCOMPARE(back, everything());
    }

    void documentedExample()
    {
        // The example of docs/filter-format.md, as a user would write it by hand: "action" and
        // "enabled" may be left out, a pid may be a number.
        const QByteArray json = R"({
  "fsnoop_filter": 1,
  "sets": [
    { "name": "Build noise",
      "rules": [
        { "column": "path", "relation": "contains", "value": "/build/", "action": "exclude" },
        { "column": "extension", "relation": "is", "value": "o", "action": "exclude" },
        { "column": "pid", "relation": "is", "value": 4242 },
        { "column": "event", "relation": "is", "value": "delete", "enabled": false }
      ] }
  ]
})";
        QList<NamedRuleSet> sets;
        FilterFile::Error error;
        QVERIFY2(FilterFile::fromJson(json, &sets, &error), qPrintable(error.detail));
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().name, QStringLiteral("Build noise"));
        const FilterRules &r = sets.first().rules;
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(0).action, FilterRule::Action::Exclude);
        QCOMPARE(r.at(2).column, Column::Pid);
        QCOMPARE(r.at(2).value, QStringLiteral("4242"));
        QCOMPARE(r.at(2).action, FilterRule::Action::Include);
        QVERIFY(r.at(2).enabled);
        QVERIFY(!r.at(3).enabled);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<FilterFile::Error::Code>("code");
        QTest::addColumn<int>("set");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not json") << QByteArray("{\"fsnoop_filter\": 1, ") << FilterFile::Error::NotJson << -1 << -1 << "offset";
        QTest::newRow("a CSV") << QByteArray("time,events,path\n") << FilterFile::Error::NotJson << -1 << -1 << "";
        QTest::newRow("other JSON") << QByteArray("{\"sets\": []}") << FilterFile::Error::NotAFilterFile << -1 << -1 << "";
        QTest::newRow("newer") << QByteArray("{\"fsnoop_filter\": 9, \"sets\": []}") << FilterFile::Error::NewerVersion << -1 << -1 << "9";
        QTest::newRow("unknown column")
            << QByteArray(R"({"fsnoop_filter":1,"sets":[{"name":"a","rules":[]},{"name":"b","rules":[
                {"column":"path","relation":"is","value":"x"},{"column":"colour","relation":"is","value":"x"}]}]})")
            << FilterFile::Error::BadRule << 1 << 1 << "colour";
        QTest::newRow("unknown relation")
            << QByteArray(R"({"fsnoop_filter":1,"sets":[{"name":"a","rules":[{"column":"path","relation":"like","value":"x"}]}]})")
            << FilterFile::Error::BadRule << 0 << 0 << "like";
        QTest::newRow("unknown action")
            << QByteArray(R"({"fsnoop_filter":1,"sets":[{"name":"a","rules":[{"column":"path","relation":"is","value":"x","action":"hide"}]}]})")
            << FilterFile::Error::BadRule << 0 << 0 << "hide";
        QTest::newRow("no value")
            << QByteArray(R"({"fsnoop_filter":1,"sets":[{"name":"a","rules":[{"column":"path","relation":"is"}]}]})")
            << FilterFile::Error::BadRule << 0 << 0 << "value";
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(FilterFile::Error::Code, code);
        QFETCH(int, set);
        QFETCH(int, rule);
        QFETCH(QString, detail);
        QList<NamedRuleSet> sets = everything();
        FilterFile::Error error;
        QVERIFY(!FilterFile::fromJson(json, &sets, &error));
        QCOMPARE(error.code, code);
        QCOMPARE(error.set, set);
        QCOMPARE(error.rule, rule);
        QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
        QCOMPARE(sets, everything()); // untouched: nothing half-read
    }

    void missingAndUnwritable()
    {
        QList<NamedRuleSet> sets;
        FilterFile::Error error;
        QVERIFY(!FilterFile::load(QStringLiteral("/nonexistent/rules.json"), &sets, &error));
        QCOMPARE(error.code, FilterFile::Error::CannotOpen);
        QVERIFY(!error.detail.isEmpty());
        QVERIFY(!FilterFile::save(QStringLiteral("/nonexistent/dir/rules.json"), everything(), &error));
        QCOMPARE(error.code, FilterFile::Error::CannotWrite);
    }
};

QTEST_APPLESS_MAIN(tst_FilterFile)
#include "tst_filterfile.moc"
