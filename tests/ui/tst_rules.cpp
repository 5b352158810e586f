#include "analysis/filterfile.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "events/eventtablemodel.h"
#include "events/filterbar.h"
#include "events/highlightcolors.h"
#include "events/rulelistmodel.h"
#include "events/rulescontroller.h"
#include "events/rulesdialog.h"
#include "lib/sessionmodelfixture.h"
#include "lib/showexposed.h"
#include "lib/testevent.h"
#include "lib/testrule.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

// Filter and highlight rules in the window: the rule list model, the event table under rules,
// the dialog, the filter bar's indicator, the shortcuts and the context menu of a real window.
class tst_Rules : public QObject
{
    Q_OBJECT

private:
    struct Fixture : SessionModelFixture {
        quint32 main, out, notes;
        Fixture()
        {
            main = session.paths().internPath("/w/src/main.cpp");
            out = session.paths().internPath("/w/build/out.o");
            notes = session.paths().internPath("/w/notes.txt");
            FsEventBatch batch = {ev(IN_MODIFY, main), ev(IN_CLOSE_WRITE, main), ev(IN_CREATE, out),
                                  ev(IN_DELETE, out), ev(IN_MODIFY, notes)};
            FsEvent overflow = ev(IN_Q_OVERFLOW, 0).overflowMarker();
            batch.append(overflow);
            session.append(batch);
            model.flush();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void ruleListModelEdits()
    {
        RuleListModel model(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &RuleListModel::rulesEdited);
        model.appendRule(rule(Column::Path, Relation::Contains, QStringLiteral("a")));
        model.appendRule(rule(Column::Name, Relation::Matches, QStringLiteral("(x")));
        model.appendRule(rule(Column::Pid, Relation::Is, QStringLiteral("5"), Action::Exclude));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 5); // highlight: with the colour
        QCOMPARE(model.moveRule(2, -1), 1);
        QCOMPARE(model.rules().at(1).column, Column::Pid);
        QCOMPARE(model.moveRule(0, +1), 1);
        QCOMPARE(model.rules().at(0).column, Column::Pid);
        QCOMPARE(model.moveRule(0, -1), 0); // nowhere to go
        // The broken regex is kept, marked and explained.
        QCOMPARE(model.problems().size(), 1);
        const int broken = model.problems().first().rule;
        QCOMPARE(model.rules().at(broken).column, Column::Name);
        QVERIFY(model.index(broken, RuleListModel::ValueSection).data(Qt::DecorationRole).isValid());
        QVERIFY(model.index(broken, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("regular expression")));
        // The enable box.
        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.rules().at(0).enabled);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        model.removeRule(broken);
        QVERIFY(model.problems().isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(edited.count(), 7);
        RuleListModel filterModel(false);
        QCOMPARE(filterModel.columnCount(), 4);
    }

    void tableFollowsRules()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(), 6);
        QSignalSpy changed(&f.model, &EventTableModel::filterChanged);
        f.model.setRules({rule(Column::Extension, Relation::Is, QStringLiteral("cpp")),
                          rule(Column::Extension, Relation::Is, QStringLiteral("o")),
                          rule(Column::EventType, Relation::Is, QStringLiteral("delete"), Action::Exclude)});
        QCOMPARE(changed.count(), 1);
        // main.cpp x2, out.o create (delete excluded), and the overflow marker.
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.rules().enabledCount(), 3);
        // New events are filtered as they arrive, by the same rules.
        f.session.append(FsEventBatch{ev(IN_MODIFY, f.notes), ev(IN_MODIFY, f.out), ev(IN_DELETE, f.main)});
        f.model.flush();
        QCOMPARE(f.model.rowCount(), 5);
        f.model.setRules({});
        QCOMPARE(f.model.rowCount(), 9);
    }

    void highlightsDefaultAndOff()
    {
        Fixture f;
        const int deleteRow = 3, overflowRow = 5, modifyRow = 0;
        QVERIFY(f.model.index(deleteRow, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(f.model.index(overflowRow, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!f.model.index(modifyRow, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(f.model.index(deleteRow, 0).data(Qt::BackgroundRole).value<QColor>(),
                 HighlightColors::tint(HighlightColors::defaultRules().at(1).color,
                                       QApplication::palette().color(QPalette::Base)));
        // The user unticks the delete default: only the overflow marker stays coloured.
        FilterRules rules = HighlightColors::defaultRules();
        rules[1].enabled = false;
        QSignalSpy data(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setHighlightRules(rules);
        QCOMPARE(data.count(), 1);
        QVERIFY(!f.model.index(deleteRow, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(f.model.index(overflowRow, 0).data(Qt::BackgroundRole).isValid());
        // A rule of one's own, in its own colour.
        FilterRule mine = rule(Column::Name, Relation::Is, QStringLiteral("main.cpp"));
        mine.color = QStringLiteral("#3278dc");
        f.model.setHighlightRules({mine});
        QCOMPARE(f.model.index(modifyRow, 0).data(Qt::BackgroundRole).value<QColor>(),
                 HighlightColors::tint(mine.color, QApplication::palette().color(QPalette::Base)));
        QVERIFY(!f.model.index(overflowRow, 0).data(Qt::BackgroundRole).isValid());
    }

    void highlightTintReadableInDarkTheme()
    {
        // A dark Base gives a dark tint, so the theme's light text stays readable on it.
        const QColor darkBase(35, 35, 38);
        for (const HighlightColors::Choice &c : HighlightColors::choices()) {
            const QColor t = HighlightColors::tint(c.color, darkBase);
            QVERIFY2(t.lightness() < 110, qPrintable(c.color + QLatin1Char(' ') + t.name()));
        }
        const QColor lightBase(255, 255, 255);
        for (const HighlightColors::Choice &c : HighlightColors::choices())
            QVERIFY2(HighlightColors::tint(c.color, lightBase).lightness() > 170, qPrintable(c.color));
    }

    void dialogAddApplyStaysOpen()
    {
        Session session;
        session.paths().internPath("/w/a.pdf");
        RulesDialog dialog(RulesDialog::Kind::Filter);
        QTemporaryDir dir;
        dialog.setSetsFile(dir.filePath(QStringLiteral("sets.json")));
        dialog.setSession(&session);
        QVERIFY(showExposed(dialog));
        auto *column = dialog.findChild<QComboBox *>(QStringLiteral("ruleColumn"));
        auto *relation = dialog.findChild<QComboBox *>(QStringLiteral("ruleRelation"));
        auto *value = dialog.findChild<QComboBox *>(QStringLiteral("ruleValue"));
        auto *action = dialog.findChild<QComboBox *>(QStringLiteral("ruleAction"));
        QVERIFY(column && relation && value && action);
        column->setCurrentIndex(column->findData(int(Column::Extension)));
        // The value box offers what the session holds.
        QVERIFY(value->findText(QStringLiteral("pdf")) >= 0);
        relation->setCurrentIndex(relation->findData(int(Relation::Is)));
        value->setEditText(QStringLiteral("pdf"));
        action->setCurrentIndex(action->findData(int(Action::Exclude)));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("ruleAdd")), Qt::LeftButton);
        QCOMPARE(dialog.rules().size(), 1);

        QSignalSpy applied(&dialog, &RulesDialog::applied);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        const FilterRules got = applied.first().first().value<FilterRules>();
        QCOMPARE(got, (FilterRules{rule(Column::Extension, Relation::Is, QStringLiteral("pdf"), Action::Exclude)}));
        QVERIFY(dialog.isVisible()); // Apply keeps it open

        // A bad regex is shown in the dialog, not dropped.
        column->setCurrentIndex(column->findData(int(Column::Path)));
        relation->setCurrentIndex(relation->findData(int(Relation::Matches)));
        value->setEditText(QStringLiteral("(oops"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("ruleAdd")), Qt::LeftButton);
        QCOMPARE(dialog.rules().size(), 2);
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("ruleProblems"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QLatin1String("rule 2")), qPrintable(problems->text()));
    }

    void dialogLoadsNamedSets()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sets.json"));
        const QList<NamedRuleSet> sets = {
            {QStringLiteral("First"), {rule(Column::Pid, Relation::Is, QStringLiteral("1"))}},
            {QStringLiteral("Second"), {rule(Column::User, Relation::Is, QStringLiteral("ada"))}}};
        FilterFile::Error error;
        QVERIFY(FilterFile::save(file, sets, &error));
        RulesDialog dialog(RulesDialog::Kind::Filter);
        dialog.setSetsFile(file);
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("savedSets"));
        QCOMPARE(box->count(), 2);
        box->setCurrentIndex(1);
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        QPushButton *load = nullptr;
        for (QPushButton *b : buttons) {
            if (b->text() == QLatin1String("&Load"))
                load = b;
        }
        QVERIFY(load);
        load->click();
        QCOMPARE(dialog.rules(), sets.at(1).rules);
    }

    void windowShortcutsIndicatorAndContextMenu()
    {
        MainWindow window;
        QVERIFY(showExposed(window));
        Session *session = window.session();
        const quint32 a = session->paths().internPath("/w/keep/a.txt");
        const quint32 b = session->paths().internPath("/w/drop/b.txt");
        session->append(FsEventBatch{ev(IN_MODIFY, a), ev(IN_MODIFY, b), ev(IN_DELETE, b)});
        window.eventModel()->flush();
        window.eventModel()->setRules({});
        QCOMPARE(window.eventModel()->rowCount(), 3);

        // Ctrl+L opens the filter dialog, Ctrl+H the highlight dialog.
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window.rules()->filterDialog() && window.rules()->filterDialog()->isVisible());
        window.rules()->filterDialog()->close();
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(window.rules()->highlightDialog() && window.rules()->highlightDialog()->isVisible());
        window.rules()->highlightDialog()->close();

        // Right-click row 1 (drop/b.txt), Exclude > This Folder and Everything Below.
        QTableView *view = window.eventView();
        const QRect cell = view->visualRect(view->model()->index(1, 0));
        bool triggered = false;
        QTimer::singleShot(0, this, [&] {
            QMenu *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(popup);
            auto *exclude = popup->findChild<QMenu *>(QStringLiteral("excludeMenu"));
            QVERIFY(exclude);
            for (QAction *act : exclude->actions()) {
                if (act->text().startsWith(QLatin1String("This Folder"))) {
                    act->trigger();
                    triggered = true;
                }
            }
            popup->close();
        });
        Q_EMIT view->customContextMenuRequested(cell.center());
        QVERIFY(triggered);
        const FilterRules rules = window.eventModel()->rules().rules();
        QCOMPARE(rules, (FilterRules{rule(Column::Path, Relation::BeginsWith, QStringLiteral("/w/drop/"), Action::Exclude)}));
        QCOMPARE(window.eventModel()->rowCount(), 1);

        // The filter bar says so plainly, and one click resets.
        auto *indicator = window.findChild<QToolButton *>(QStringLiteral("activeRules"));
        auto *reset = window.findChild<QToolButton *>(QStringLiteral("resetRules"));
        QVERIFY(indicator && reset);
        QVERIFY(indicator->isVisible());
        // (The English plural form comes from fsnoop_en.ts, which the test does not load.)
        QVERIFY2(indicator->text().startsWith(QLatin1String("1 rule"))
                     && indicator->text().endsWith(QLatin1String(", 1 of 3 shown")),
                 qPrintable(indicator->text()));
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(window.eventModel()->rowCount(), 3);
        QVERIFY(!indicator->isVisible());
    }
};

QTEST_MAIN(tst_Rules)
#include "tst_rules.moc"
