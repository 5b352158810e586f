#include "events/rulescontroller.h"

#include "analysis/filterfile.h"
#include "events/eventtablemodel.h"
#include "events/filterbar.h"
#include "events/highlightcolors.h"
#include "events/rulesdialog.h"
#include "text/rulestext.h"
#include "text/shortcuttip.h"

#include <QAction>

#include <algorithm>
#include <QSettings>
#include <QWidget>

namespace {
const QString kFilterKey = QStringLiteral("rules/filter");
const QString kHighlightKey = QStringLiteral("rules/highlight");

// Rules are kept in QSettings in the filter file's own format: one reader, one writer.
bool rulesFromSettings(const QSettings &settings, const QString &key, FilterRules *rules)
{
    if (!settings.contains(key))
        return false;
    QList<NamedRuleSet> sets;
    FilterFile::Error error;
    if (!FilterFile::fromJson(settings.value(key).toByteArray(), &sets, &error) || sets.isEmpty())
        return false;
    *rules = sets.first().rules;
    return true;
}
} // namespace

RulesController::RulesController(EventTableModel *model, FilterBar *bar, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_bar(bar)
    , m_window(window)
    , m_filterAction(new QAction(tr("&Filter Rules\u2026"), this))
    , m_highlightAction(new QAction(tr("&Highlight Rules\u2026"), this))
{
    ShortcutTip::set(m_filterAction, QKeySequence(Qt::CTRL | Qt::Key_L),
                     tr("Show only the events that rules let through"));
    connect(m_filterAction, &QAction::triggered, this, &RulesController::showFilterDialog);
    ShortcutTip::set(m_highlightAction, QKeySequence(Qt::CTRL | Qt::Key_H),
                     tr("Colour the rows that rules match"));
    connect(m_highlightAction, &QAction::triggered, this, &RulesController::showHighlightDialog);

    m_bar->setRulesShortcut(m_filterAction->shortcut());
    connect(m_bar, &FilterBar::rulesDialogRequested, this, &RulesController::showFilterDialog);
    connect(m_bar, &FilterBar::rulesResetRequested, this, &RulesController::resetFilterRules);
    connect(m_model, &EventTableModel::filterChanged, this, &RulesController::updateBar);
}

void RulesController::setSession(const Session *session)
{
    m_session = session;
    if (m_filterDialog)
        m_filterDialog->setSession(session);
    if (m_highlightDialog)
        m_highlightDialog->setSession(session);
}

void RulesController::updateBar()
{
    // Only a broken rule that is switched on changes what the table shows.
    const RuleMatcher &rules = m_model->rules();
    const bool broken = std::any_of(rules.problems().begin(), rules.problems().end(),
                                    [&](const RuleMatcher::Problem &p) {
                                        return rules.rules().at(p.rule).enabled;
                                    });
    m_bar->setActiveRules(rules.enabledCount(), broken);
}

void RulesController::addFilterRule(const FilterRule &rule)
{
    addFilterRules({rule});
}

void RulesController::addFilterRules(const FilterRules &added)
{
    FilterRules rules = m_model->rules().rules();
    rules.append(added);
    m_model->setRules(rules);
    if (m_filterDialog)
        m_filterDialog->setRules(rules);
}

void RulesController::resetFilterRules()
{
    m_model->setRules({});
    if (m_filterDialog)
        m_filterDialog->setRules({});
}

void RulesController::showFilterDialog()
{
    if (!m_filterDialog) {
        // Modeless: Apply shows the effect in the table behind while the dialog stays open.
        m_filterDialog = new RulesDialog(RulesDialog::Kind::Filter, m_window);
        m_filterDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_filterDialog, &RulesDialog::applied, m_model, &EventTableModel::setRules);
    }
    m_filterDialog->setSession(m_session);
    m_filterDialog->setRules(m_model->rules().rules());
    m_filterDialog->show();
    m_filterDialog->raise();
    m_filterDialog->activateWindow();
}

void RulesController::showHighlightDialog()
{
    if (!m_highlightDialog) {
        m_highlightDialog = new RulesDialog(RulesDialog::Kind::Highlight, m_window);
        m_highlightDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_highlightDialog->setResetRules(HighlightColors::defaultRules());
        connect(m_highlightDialog, &RulesDialog::applied, m_model,
                &EventTableModel::setHighlightRules);
    }
    m_highlightDialog->setSession(m_session);
    m_highlightDialog->setRules(m_model->highlightRules().rules());
    m_highlightDialog->show();
    m_highlightDialog->raise();
    m_highlightDialog->activateWindow();
}

void RulesController::restore(const QSettings &settings)
{
    FilterRules rules;
    if (rulesFromSettings(settings, kFilterKey, &rules))
        m_model->setRules(rules);
    if (rulesFromSettings(settings, kHighlightKey, &rules))
        m_model->setHighlightRules(rules);
    updateBar();
}

void RulesController::save(QSettings &settings) const
{
    settings.setValue(kFilterKey, FilterFile::toJson({{QStringLiteral("filter"), m_model->rules().rules()}}));
    settings.setValue(kHighlightKey,
                      FilterFile::toJson({{QStringLiteral("highlight"), m_model->highlightRules().rules()}}));
}
