#include "analysis/rulefields.h"
#include "analysis/rulematcher.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "lib/testevent.h"
#include "lib/testrule.h"

#include <QTest>

#include <cstdlib>
#include <ctime>

Q_DECLARE_METATYPE(FilterRule)

// RuleMatcher: Process Monitor's rule semantics over a small, known session.
//
//   0  22:13:20.000  modify       /home/ada/src/main.cpp   vim  100  fanotify
//   1  22:13:21.000  create       /home/ada/build (dir)    make 200  fanotify
//   2  22:13:22.000  delete       /home/ada/build/out.o    make 200  fanotify
//   3  22:13:23.250  moved_from   /home/ada/src/old.h      vim  100  fanotify  cookie 77
//   4  22:13:24.000  overflow marker                                 inotify
//   5  22:13:25.000  close_write  /home/ada/notes.TXT      -    -    scan
class tst_RuleMatcher : public QObject
{
    Q_OBJECT

private:
    PathTable m_paths;
    ProcessTable m_processes;
    QList<FsEvent> m_events;

    QString passing(const FilterRules &rules, RuleMatcher *matcherOut = nullptr)
    {
        RuleMatcher matcher(&m_paths, &m_processes);
        matcher.setRules(rules);
        QStringList out;
        for (int i = 0; i < m_events.size(); ++i) {
            if (matcher.accepts(m_events.at(i)))
                out << QString::number(i);
        }
        // Asked twice: the second answer comes from the caches and must be the same.
        QStringList again;
        for (int i = 0; i < m_events.size(); ++i) {
            if (matcher.accepts(m_events.at(i)))
                again << QString::number(i);
        }
        if (again != out)
            return QStringLiteral("cache disagrees: ") + out.join(u',') + u'/' + again.join(u',');
        if (matcherOut)
            *matcherOut = matcher;
        return out.join(u',');
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Time-of-day rules are in local time: pin the zone so the table above holds.
        qputenv("TZ", "UTC");
        tzset();
        const quint32 vim = m_processes.intern({100, QByteArrayLiteral("vim"), QByteArrayLiteral("/usr/bin/vim")});
        const quint32 make = m_processes.intern({200, QByteArrayLiteral("make"), QByteArrayLiteral("/usr/bin/make")});
        auto withProcess = [](FsEvent e, quint32 id, qint32 pid) {
            e.processId = id;
            e.pid = pid;
            e.source = FsEvent::Fanotify;
            return e;
        };
        constexpr qint64 s = 1000000000LL;
        m_events << withProcess(ev(IN_MODIFY, m_paths.internPath("/home/ada/src/main.cpp")).ns(0), vim, 100)
                 << withProcess(ev(IN_CREATE | IN_ISDIR, m_paths.internPath("/home/ada/build")).ns(s), make, 200)
                 << withProcess(ev(IN_DELETE, m_paths.internPath("/home/ada/build/out.o")).ns(2 * s), make, 200)
                 << withProcess(ev(IN_MOVED_FROM, m_paths.internPath("/home/ada/src/old.h")).ns(3 * s + s / 4).cookie(77), vim, 100);
        FsEvent overflow = ev(IN_Q_OVERFLOW, PathTable::NoPath).ns(4 * s).overflowMarker();
        overflow.cookie = 1;
        m_events << overflow;
        m_events << ev(IN_CLOSE_WRITE, m_paths.internPath("/home/ada/notes.TXT")).ns(5 * s).scan();
    }

    void relations_data()
    {
        QTest::addColumn<FilterRule>("rule");
        QTest::addColumn<QString>("expected"); // events that pass, as indexes
        // Overflow markers (4) pass every include rule that is not on the event type.
        QTest::newRow("path is") << rule(Column::Path, Relation::Is, QStringLiteral("/home/ada/build")) << "1,4";
        QTest::newRow("path is, other case") << rule(Column::Path, Relation::Is, QStringLiteral("/HOME/ada/BUILD")) << "1,4";
        QTest::newRow("path is not") << rule(Column::Path, Relation::IsNot, QStringLiteral("/home/ada/build")) << "0,2,3,4,5";
        QTest::newRow("path contains") << rule(Column::Path, Relation::Contains, QStringLiteral("SRC")) << "0,3,4";
        QTest::newRow("path excludes") << rule(Column::Path, Relation::Excludes, QStringLiteral("src")) << "1,2,4,5";
        QTest::newRow("path begins with") << rule(Column::Path, Relation::BeginsWith, QStringLiteral("/home/ada/build")) << "1,2,4";
        QTest::newRow("path ends with") << rule(Column::Path, Relation::EndsWith, QStringLiteral(".h")) << "3,4";
        QTest::newRow("path less than") << rule(Column::Path, Relation::LessThan, QStringLiteral("/home/ada/c")) << "1,2,4";
        QTest::newRow("path more than") << rule(Column::Path, Relation::MoreThan, QStringLiteral("/home/ada/n")) << "0,3,4,5";
        QTest::newRow("path matches") << rule(Column::Path, Relation::Matches, QStringLiteral("/src/.*\\.(cpp|h)$")) << "0,3,4";
        QTest::newRow("name is") << rule(Column::Name, Relation::Is, QStringLiteral("main.cpp")) << "0,4";
        QTest::newRow("folder is") << rule(Column::Folder, Relation::Is, QStringLiteral("/home/ada/src")) << "0,3,4";
        QTest::newRow("extension is .txt") << rule(Column::Extension, Relation::Is, QStringLiteral(".txt")) << "4,5";
        QTest::newRow("extension is txt") << rule(Column::Extension, Relation::Is, QStringLiteral("txt")) << "4,5";
        QTest::newRow("extension is none") << rule(Column::Extension, Relation::Is, QString()) << "1,4";
        QTest::newRow("kind is folder") << rule(Column::Kind, Relation::Is, QStringLiteral("folder")) << "1,4";
        QTest::newRow("kind is file") << rule(Column::Kind, Relation::Is, QStringLiteral("file")) << "0,2,3,4,5";
        QTest::newRow("event is modify") << rule(Column::EventType, Relation::Is, QStringLiteral("modify")) << "0";
        QTest::newRow("event is overflow") << rule(Column::EventType, Relation::Is, QStringLiteral("overflow")) << "4";
        QTest::newRow("event is not modify") << rule(Column::EventType, Relation::IsNot, QStringLiteral("modify")) << "1,2,3,4,5";
        QTest::newRow("event begins with") << rule(Column::EventType, Relation::BeginsWith, QStringLiteral("delete")) << "2";
        QTest::newRow("event contains") << rule(Column::EventType, Relation::Contains, QStringLiteral("move")) << "3";
        QTest::newRow("event matches") << rule(Column::EventType, Relation::Matches, QStringLiteral("^(create|delete)$")) << "1,2";
        QTest::newRow("pid is") << rule(Column::Pid, Relation::Is, QStringLiteral("200")) << "1,2,4";
        QTest::newRow("pid is not") << rule(Column::Pid, Relation::IsNot, QStringLiteral("100")) << "1,2,4,5";
        QTest::newRow("pid less than") << rule(Column::Pid, Relation::LessThan, QStringLiteral("150")) << "0,3,4";
        QTest::newRow("pid more than") << rule(Column::Pid, Relation::MoreThan, QStringLiteral("150")) << "1,2,4";
        QTest::newRow("pid contains") << rule(Column::Pid, Relation::Contains, QStringLiteral("0")) << "0,1,2,3,4";
        QTest::newRow("pid begins with") << rule(Column::Pid, Relation::BeginsWith, QStringLiteral("2")) << "1,2,4";
        QTest::newRow("pid matches") << rule(Column::Pid, Relation::Matches, QStringLiteral("^1.0$")) << "0,3,4";
        QTest::newRow("process is") << rule(Column::Process, Relation::Is, QStringLiteral("VIM")) << "0,3,4";
        QTest::newRow("process excludes") << rule(Column::Process, Relation::Excludes, QStringLiteral("ma")) << "0,3,4,5";
        QTest::newRow("executable ends with") << rule(Column::Executable, Relation::EndsWith, QStringLiteral("/make")) << "1,2,4";
        QTest::newRow("cookie is") << rule(Column::Cookie, Relation::Is, QStringLiteral("77")) << "3,4";
        QTest::newRow("cookie more than") << rule(Column::Cookie, Relation::MoreThan, QStringLiteral("10")) << "3,4";
        QTest::newRow("source is scan") << rule(Column::Source, Relation::Is, QStringLiteral("scan")) << "4,5";
        QTest::newRow("source is fanotify") << rule(Column::Source, Relation::Is, QStringLiteral("fanotify")) << "0,1,2,3,4";
        QTest::newRow("time is a second") << rule(Column::Time, Relation::Is, QStringLiteral("22:13:23")) << "3,4";
        QTest::newRow("time is a minute") << rule(Column::Time, Relation::Is, QStringLiteral("22:13")) << "0,1,2,3,4,5";
        QTest::newRow("time is not") << rule(Column::Time, Relation::IsNot, QStringLiteral("22:13:23.25")) << "0,1,2,4,5";
        QTest::newRow("time less than") << rule(Column::Time, Relation::LessThan, QStringLiteral("22:13:22")) << "0,1,4";
        QTest::newRow("time more than") << rule(Column::Time, Relation::MoreThan, QStringLiteral("22:13:22")) << "3,4,5";
        QTest::newRow("time is a date") << rule(Column::Time, Relation::Is, QStringLiteral("2023-11-14 22:13:20")) << "0,4";
        QTest::newRow("time less than a date") << rule(Column::Time, Relation::LessThan, QStringLiteral("2023-11-14T22:13:21")) << "0,4";
        QTest::newRow("time contains") << rule(Column::Time, Relation::Contains, QStringLiteral(".250")) << "3,4";
        QTest::newRow("time ends with") << rule(Column::Time, Relation::EndsWith, QStringLiteral("25.000000")) << "4,5";
        QTest::newRow("time matches") << rule(Column::Time, Relation::Matches, QStringLiteral("^22:13:2[01]")) << "0,1,4";
    }

    void relations()
    {
        QFETCH(FilterRule, rule);
        QFETCH(QString, expected);
        QCOMPARE(passing({rule}), expected);
        // The same rule as an exclude hides exactly what the include kept (overflow aside).
        FilterRule exclude = rule;
        exclude.action = Action::Exclude;
        const QString shown = passing({exclude});
        for (int i = 0; i < m_events.size(); ++i) {
            if (i == 4 && rule.column != Column::EventType)
                continue;
            const bool kept = expected.split(u',').contains(QString::number(i));
            QCOMPARE(shown.split(u',').contains(QString::number(i)), !kept);
        }
    }

    void combinations_data()
    {
        QTest::addColumn<FilterRules>("rules");
        QTest::addColumn<QString>("expected");
        const FilterRule mainCpp = rule(Column::Path, Relation::Contains, QStringLiteral("main"));
        const FilterRule outO = rule(Column::Path, Relation::Contains, QStringLiteral("out.o"));
        const FilterRule make = rule(Column::Process, Relation::Is, QStringLiteral("make"));
        const FilterRule del = rule(Column::EventType, Relation::Is, QStringLiteral("delete"));
        const FilterRule src = rule(Column::Path, Relation::Contains, QStringLiteral("src"));
        const FilterRule notVim = rule(Column::Process, Relation::Is, QStringLiteral("vim"), Action::Exclude);
        QTest::newRow("no rules") << FilterRules{} << "0,1,2,3,4,5";
        QTest::newRow("same column: OR") << FilterRules{mainCpp, outO} << "0,2,4";
        QTest::newRow("different columns: AND") << FilterRules{make, del} << "2";
        QTest::newRow("AND of two OR groups")
            << FilterRules{mainCpp, outO, del, rule(Column::EventType, Relation::Is, QStringLiteral("modify"))}
            << "0,2";
        QTest::newRow("exclude wins") << FilterRules{src, notVim} << "4";
        QTest::newRow("exclude wins over the same include")
            << FilterRules{mainCpp, rule(Column::Path, Relation::Contains, QStringLiteral("main"), Action::Exclude)}
            << "4";
        QTest::newRow("excludes alone") << FilterRules{notVim} << "1,2,4,5";
        QTest::newRow("two excludes") << FilterRules{notVim, rule(Column::Source, Relation::Is, QStringLiteral("scan"), Action::Exclude)} << "1,2,4";
        QTest::newRow("exclude the overflow marker")
            << FilterRules{rule(Column::EventType, Relation::Is, QStringLiteral("overflow"), Action::Exclude)}
            << "0,1,2,3,5";
        QTest::newRow("disabled include ignored")
            << FilterRules{rule(Column::Path, Relation::Contains, QStringLiteral("main"), Action::Include, false)}
            << "0,1,2,3,4,5";
        QTest::newRow("disabled exclude ignored")
            << FilterRules{src, rule(Column::Process, Relation::Is, QStringLiteral("vim"), Action::Exclude, false)}
            << "0,3,4";
        QTest::newRow("disabled rule does not make its column required")
            << FilterRules{make, rule(Column::EventType, Relation::Is, QStringLiteral("modify"), Action::Include, false)}
            << "1,2,4";
        QTest::newRow("broken regex matches nothing")
            << FilterRules{rule(Column::Path, Relation::Matches, QStringLiteral("(unclosed"))} << "4";
        QTest::newRow("broken rule ORed with a good one")
            << FilterRules{rule(Column::Path, Relation::Matches, QStringLiteral("(unclosed")), mainCpp} << "0,4";
    }

    void combinations()
    {
        QFETCH(FilterRules, rules);
        QFETCH(QString, expected);
        QCOMPARE(passing(rules), expected);
    }

    void problems_data()
    {
        QTest::addColumn<FilterRule>("rule");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("offset");
        QTest::newRow("regex") << rule(Column::Path, Relation::Matches, QStringLiteral("ab(c")) << int(RuleCondition::Error::BadRegex) << 4;
        QTest::newRow("regex in a disabled rule") << rule(Column::Name, Relation::Matches, QStringLiteral("[x"), Action::Include, false) << int(RuleCondition::Error::BadRegex) << 2;
        QTest::newRow("pid less than a word") << rule(Column::Pid, Relation::LessThan, QStringLiteral("abc")) << int(RuleCondition::Error::NotANumber) << -1;
        QTest::newRow("time more than a word") << rule(Column::Time, Relation::MoreThan, QStringLiteral("noon")) << int(RuleCondition::Error::BadTime) << -1;
        QTest::newRow("time less than 25:00") << rule(Column::Time, Relation::LessThan, QStringLiteral("25:00")) << int(RuleCondition::Error::BadTime) << -1;
    }

    void problems()
    {
        QFETCH(FilterRule, rule);
        QFETCH(int, error);
        QFETCH(int, offset);
        RuleMatcher matcher(&m_paths, &m_processes);
        const FilterRule good = ::rule(Column::Path, Relation::Contains, QStringLiteral("a"));
        matcher.setRules({good, rule});
        // Reported, and kept in the list: the rule is not silently dropped.
        QCOMPARE(matcher.rules().size(), 2);
        QCOMPARE(matcher.problems().size(), 1);
        QCOMPARE(matcher.problems().first().rule, 1);
        QCOMPARE(int(matcher.problems().first().error), error);
        QCOMPARE(matcher.problems().first().offset, offset);
        if (error == int(RuleCondition::Error::BadRegex))
            QVERIFY(!matcher.problems().first().detail.isEmpty());
        matcher.setRules({good});
        QVERIFY(matcher.problems().isEmpty());
    }

    void highlight()
    {
        RuleMatcher matcher(&m_paths, &m_processes);
        matcher.setRules({rule(Column::EventType, Relation::Is, QStringLiteral("overflow")),
                          rule(Column::Path, Relation::Contains, QStringLiteral("build")),
                          rule(Column::EventType, Relation::BeginsWith, QStringLiteral("delete")),
                          rule(Column::Process, Relation::Is, QStringLiteral("vim"), Action::Exclude),
                          rule(Column::Source, Relation::Is, QStringLiteral("scan"), Action::Include, false)});
        QList<int> got;
        for (const FsEvent &e : std::as_const(m_events))
            got << matcher.highlight(e);
        // 2 matches rules 1 and 2: the first in the list wins. 0 and 3 are vim: excluded.
        QCOMPARE(got, (QList<int>{-1, 1, 1, -1, 0, -1}));
        QVERIFY(matcher.ruleMatches(4, m_events.at(5))); // disabled, but it would match
    }

    void newPathsAfterFirstUse()
    {
        // The caches are per id and the tables grow: a path interned later is asked fresh.
        RuleMatcher matcher(&m_paths, &m_processes);
        matcher.setRules({rule(Column::Name, Relation::EndsWith, QStringLiteral(".rs"))});
        QVERIFY(!matcher.accepts(m_events.at(0)));
        for (int i = 0; i < 5000; ++i)
            m_paths.internPath("/home/ada/gen/f" + QByteArray::number(i) + (i == 4321 ? ".rs" : ".c"));
        const FsEvent late = ev(IN_CREATE, m_paths.internPath("/home/ada/gen/f4321.rs"));
        const FsEvent other = ev(IN_CREATE, m_paths.internPath("/home/ada/gen/f4320.c"));
        QVERIFY(matcher.accepts(late));
        QVERIFY(!matcher.accepts(other));
        // New rules: new answers, not the old rule's cached ones.
        matcher.setRules({rule(Column::Name, Relation::EndsWith, QStringLiteral(".c"))});
        QVERIFY(!matcher.accepts(late));
        QVERIFY(matcher.accepts(other));
    }

    void fieldsText()
    {
        QCOMPARE(RuleFields::extensionOf(u"a.tar.gz"), QStringLiteral("gz"));
        QCOMPARE(RuleFields::extensionOf(u".bashrc"), QString());
        QCOMPARE(RuleFields::extensionOf(u"Makefile"), QString());
        QCOMPARE(RuleFields::text(Column::EventType, m_events.at(1), m_paths, m_processes), QStringLiteral("create"));
        QCOMPARE(RuleFields::text(Column::Kind, m_events.at(1), m_paths, m_processes), QStringLiteral("folder"));
        QCOMPARE(RuleFields::text(Column::Folder, m_events.at(2), m_paths, m_processes), QStringLiteral("/home/ada/build"));
        QCOMPARE(RuleFields::text(Column::Pid, m_events.at(5), m_paths, m_processes), QString());
        QCOMPARE(RuleFields::text(Column::Source, m_events.at(5), m_paths, m_processes), QStringLiteral("scan"));
        // Every source has its record word, the rescan's too (a rule on "rescan" must match).
        QCOMPARE(RuleFields::sourceText(FsEvent::Rescan), QStringLiteral("rescan"));
    }

    void processFieldsText()
    {
        // What a rule on a process column compares with: the bytes the helper reported, shown.
        ProcessInfo plain{5, QByteArrayLiteral("sh"), QByteArrayLiteral("/bin/sh")};
        QCOMPARE(RuleFields::processText(Column::CommandLine, plain), QString()); // unknown
        QCOMPARE(RuleFields::processText(Column::ParentPid, plain), QString());
        QCOMPARE(RuleFields::processText(Column::User, plain), QString());
        ProcessInfo rich = plain;
        rich.commandLine = QByteArray("vim\0-p\0a.txt\0", 13);
        rich.parentPid = 1;
        rich.uid = 1000;
        rich.userName = QByteArrayLiteral("ada");
        QCOMPARE(RuleFields::processText(Column::Process, rich), QStringLiteral("sh"));
        QCOMPARE(RuleFields::processText(Column::CommandLine, rich), QStringLiteral("vim -p a.txt"));
        QCOMPARE(RuleFields::processText(Column::ParentPid, rich), QStringLiteral("1"));
        QCOMPARE(RuleFields::processText(Column::User, rich), QStringLiteral("ada (1000)"));
    }
};

QTEST_APPLESS_MAIN(tst_RuleMatcher)
#include "tst_rulematcher.moc"
