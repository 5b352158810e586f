// A field of an event or of its process has one name: each tab's header for it is the name the
// Filter dialog gives that column, and the Type column's values read as the dialog reads them.
#include "analysis/renamechainmodel.h"
#include "analysis/sessionstats.h"
#include "analysis/statsmodel.h"
#include "core/session.h"
#include "events/eventcolumns.h"
#include "events/eventdescription.h"
#include "events/eventtablemodel.h"
#include "events/rulesdialog.h"
#include "lib/testevent.h"
#include "processes/processtreemodel.h"
#include "text/rulestext.h"

#include <QComboBox>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <algorithm>

#include <sys/inotify.h>

namespace {
QString header(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal).toString();
}
} // namespace

class tst_ColumnNames : public QObject
{
    Q_OBJECT

    QStringList m_filterColumns; // as the Filter dialog lists them

    void checkNamed(const QString &tab, const QString &name)
    {
        QVERIFY2(m_filterColumns.contains(name),
                 qPrintable(tab + QStringLiteral(": \"") + name + QStringLiteral("\" is not a Filter column")));
    }

    void checkValues()
    {
        Session session;
        session.append(FsEventBatch{ev(IN_CREATE, session.paths().internPath("/d")).dir(),
                                    ev(IN_CREATE, session.paths().internPath("/f")).scan()});
        EventTableModel model;
        model.setSession(&session);
        QTRY_COMPARE(model.rowCount(), 2);
        const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        const auto word = [](FilterRule::Column c, const char *value) {
            return RulesText::value(c, QString::fromLatin1(value));
        };
        QCOMPARE(cell(0, EventTableModel::KindColumn), word(FilterRule::Column::Kind, "folder"));
        QCOMPARE(cell(1, EventTableModel::KindColumn), word(FilterRule::Column::Kind, "file"));
        QCOMPARE(cell(0, EventTableModel::SourceColumn), word(FilterRule::Column::Source, "inotify"));
        QCOMPARE(cell(1, EventTableModel::SourceColumn), word(FilterRule::Column::Source, "scan"));
        // A rule typed by hand in another case matches the same rows (text comparisons ignore
        // case), so it reads the same.
        QCOMPARE(cell(0, EventTableModel::KindColumn), word(FilterRule::Column::Kind, "Folder"));
        QCOMPARE(cell(1, EventTableModel::SourceColumn), word(FilterRule::Column::Source, "Scan"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        RulesDialog dialog(RulesDialog::Kind::Filter);
        const auto *box = dialog.findChild<QComboBox *>(QStringLiteral("ruleColumn"));
        QVERIFY(box);
        for (int i = 0; i < box->count(); ++i)
            m_filterColumns << box->itemText(i);
        QCOMPARE(m_filterColumns.size(), FilterRule::columns().size());
    }

    // Every column of the event table, and its saved layout key is the filter file's word for it.
    void eventTable()
    {
        EventTableModel model;
        for (int c = 0; c < EventTableModel::ColumnCount; ++c) {
            checkNamed(QStringLiteral("Events"), header(model, c));
            QCOMPARE(EventColumns::key(c),
                     FilterRule::columnKey(FilterRule::columns().at(m_filterColumns.indexOf(header(model, c)))));
        }
    }

    void processesTab()
    {
        const SessionStats stats(nullptr);
        ProcessTreeModel model(&stats);
        for (int c : {int(ProcessTreeModel::NameColumn), int(ProcessTreeModel::PidColumn),
                      int(ProcessTreeModel::ParentPidColumn), int(ProcessTreeModel::UserColumn),
                      model.executableColumn(), model.commandLineColumn()})
            checkNamed(QStringLiteral("Processes"), header(model, c));
    }

    void statisticsTab()
    {
        const SessionStats stats(nullptr);
        StatsModel model(&stats);
        checkNamed(QStringLiteral("Statistics by file"), header(model, StatsModel::NameColumn));
        model.setGrouping(StatsModel::ByProcess);
        checkNamed(QStringLiteral("Statistics by process"), header(model, StatsModel::NameColumn));
    }

    void renamesTab()
    {
        const SessionStats stats(nullptr);
        RenameChainModel model(&stats);
        checkNamed(QStringLiteral("Renames"), header(model, RenameChainModel::TypeColumn));
        checkNamed(QStringLiteral("Renames"), header(model, RenameChainModel::CookieColumn));
    }

    // The details pane and Event Properties name a field as its column does ("Type: File").
    void detailsPane()
    {
        Session session;
        ProcessInfo info(42, QByteArrayLiteral("make"), QByteArrayLiteral("/usr/bin/make"));
        info.uid = 1000;
        info.commandLine = QByteArrayLiteral("make all");
        FsEvent moved = ev(IN_MOVED_TO, session.paths().internPath("/d/f")).cookie(7).process(
            session.processes().intern(info));
        moved.pid = 42;
        session.append(FsEventBatch{moved});
        EventTableModel model;
        model.setSession(&session);
        QTRY_COMPARE(model.rowCount(), 1);
        const QStringList lines = EventDescription::eventLines(model, 0);
        QCOMPARE(lines.size(), 6); // time, event, path, type, cookie, source
        for (const QString &line : lines)
            checkNamed(QStringLiteral("Details"), line.section(QStringLiteral(": "), 0, 0));
        const QStringList process = EventDescription::processLines(model, 0);
        for (FilterRule::Column c : {FilterRule::Column::User, FilterRule::Column::CommandLine}) {
            const QString label = RulesText::column(c) + QStringLiteral(": ");
            QVERIFY2(std::any_of(process.begin(), process.end(),
                                 [&](const QString &line) { return line.startsWith(label); }),
                     qPrintable(process.join(QLatin1Char('\n'))));
        }
    }

    // The Type and Source cells read as the Filter dialog reads a rule's value ("Type is
    // folder", "Source is scan"), in French too, where the words are not the filter file's.
    void valuesInEnglish() { checkValues(); }
    void valuesInFrench()
    {
        QTranslator french;
        QVERIFY(french.load(QStringLiteral("fsnoop_fr"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&french);
        const auto remove = qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });
        QVERIFY(RulesText::source(FsEvent::Scan) != QLatin1String("scan"));
        checkValues();
    }
};

QTEST_MAIN(tst_ColumnNames)
#include "tst_columnnames.moc"
