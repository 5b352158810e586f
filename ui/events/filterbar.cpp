#include "events/filterbar.h"

#include "core/eventnames.h"
#include "events/stayopenmenu.h"
#include "text/shortcuttip.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_eventsButton(new QPushButton(this))
    , m_pathEdit(new QLineEdit(this))
    , m_regexBox(new QCheckBox(tr("Regex"), this))
    , m_kindBox(new QComboBox(this))
    , m_processEdit(new QLineEdit(this))
    , m_pathSetButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
    , m_countLabel(new QLabel(this))
    , m_rulesButton(new QToolButton(this))
    , m_rulesResetButton(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    m_eventsButton->setText(tr("Events"));
    m_eventsButton->setToolTip(tr("Show only some event types"));
    auto *menu = new StayOpenMenu(m_eventsButton); // several ticks per opening
    QAction *all = menu->addAction(tr("All"));
    QAction *none = menu->addAction(tr("None"));
    menu->addSeparator();
    for (const EventNames::Type &t : EventNames::types()) {
        QAction *a = menu->addAction(QString::fromLatin1(t.name));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(t.mask);
        connect(a, &QAction::toggled, this, [this] {
            if (!m_updating)
                readControls();
        });
        m_typeActions.append(a);
    }
    auto setAll = [this](bool on) {
        m_updating = true;
        for (QAction *a : std::as_const(m_typeActions))
            a->setChecked(on);
        m_updating = false;
        readControls();
    };
    connect(all, &QAction::triggered, this, [setAll] { setAll(true); });
    connect(none, &QAction::triggered, this, [setAll] { setAll(false); });
    m_eventsButton->setMenu(menu);
    layout->addWidget(m_eventsButton);

    m_pathEdit->setPlaceholderText(tr("Filter by path"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setMinimumWidth(160);
    layout->addWidget(m_pathEdit, 3);
    m_regexBox->setToolTip(tr("Treat the path filter as a regular expression"));
    layout->addWidget(m_regexBox);

    m_kindBox->addItem(tr("Files and folders"), int(EventFilter::Kind::Any));
    m_kindBox->addItem(tr("Files only"), int(EventFilter::Kind::Files));
    m_kindBox->addItem(tr("Folders only"), int(EventFilter::Kind::Directories));
    layout->addWidget(m_kindBox);

    m_processEdit->setPlaceholderText(tr("Process"));
    m_processEdit->setToolTip(tr("Filter by process name, executable or PID (known only when "
                                 "watching with process information)"));
    m_processEdit->setClearButtonEnabled(true);
    m_processEdit->setMinimumWidth(90);
    layout->addWidget(m_processEdit, 1);

    m_pathSetButton->setToolTip(tr("Show every file again"));
    m_pathSetButton->setAutoRaise(true);
    m_pathSetButton->hide();
    connect(m_pathSetButton, &QToolButton::clicked, this, [this] {
        m_criteria.onlyPaths.clear();
        m_criteria.hiddenPaths.clear();
        m_criteria.onlyProcesses.clear();
        m_pathSetButton->hide();
        Q_EMIT criteriaChanged(m_criteria);
    });
    layout->addWidget(m_pathSetButton);

    // Filters are remembered across runs: one restored from last time must not hide events
    // unnoticed, so any active filter shows this button (issue 15).
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearButton->setText(tr("Clear Filters"));
    m_clearButton->setToolTip(tr("Some events are hidden by the filters; show them all again"));
    m_clearButton->setAutoRaise(true);
    m_clearButton->hide();
    connect(m_clearButton, &QToolButton::clicked, this, [this] {
        EventFilter::Criteria c;
        c.onlyPaths = m_criteria.onlyPaths; // the path sets have their own button
        c.hiddenPaths = m_criteria.hiddenPaths;
        c.onlyProcesses = m_criteria.onlyProcesses;
        setCriteria(c);
        Q_EMIT criteriaChanged(m_criteria);
    });
    layout->addWidget(m_clearButton);

    // Room for seven-digit counts from the start: a growing "Shown: N of M" must not squeeze
    // the path filter box as a capture goes on (issue 15).
    m_countLabel->setMinimumWidth(fontMetrics().horizontalAdvance(
        tr("Shown: %1 of %2").arg(QLocale().toString(9999999), QLocale().toString(9999999))));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_countLabel);

    m_rulesButton->setObjectName(QStringLiteral("activeRules"));
    setRulesShortcut({});
    m_rulesButton->setIcon(QIcon::fromTheme(QStringLiteral("view-filter")));
    m_rulesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rulesButton->hide();
    connect(m_rulesButton, &QToolButton::clicked, this, &FilterBar::rulesDialogRequested);
    layout->addWidget(m_rulesButton);
    m_rulesResetButton->setObjectName(QStringLiteral("resetRules"));
    m_rulesResetButton->setText(tr("Reset"));
    m_rulesResetButton->setToolTip(tr("Turn every filter rule off and show all events"));
    m_rulesResetButton->hide();
    connect(m_rulesResetButton, &QToolButton::clicked, this, &FilterBar::rulesResetRequested);
    layout->addWidget(m_rulesResetButton);

    // A child with a name, so a test can see whether a refilter is pending without waiting.
    m_typingTimer = new QTimer(this);
    m_typingTimer->setObjectName(QStringLiteral("typingDebounce"));
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(150);
    connect(m_typingTimer, &QTimer::timeout, this, &FilterBar::readControls);
    connect(m_pathEdit, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_processEdit, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_regexBox, &QCheckBox::toggled, this, &FilterBar::readControls);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    updateEventsButton();
}

// Whether the controls of this bar hide events (the path sets aside).
static bool narrows(const EventFilter::Criteria &c)
{
    return c.eventMask != EventFilter::Criteria().eventMask || !c.pathText.isEmpty()
        || c.kind != EventFilter::Kind::Any || !c.processText.isEmpty();
}

void FilterBar::readControls()
{
    if (m_updating)
        return;
    m_typingTimer->stop();
    EventFilter::Criteria c = m_criteria;
    c.eventMask = 0;
    bool allChecked = true;
    for (QAction *a : std::as_const(m_typeActions)) {
        if (a->isChecked())
            c.eventMask |= a->data().toUInt();
        else
            allChecked = false;
    }
    if (allChecked)
        c.eventMask = 0xffffffffu;
    c.pathText = m_pathEdit->text();
    c.pathIsRegex = m_regexBox->isChecked();
    c.kind = EventFilter::Kind(m_kindBox->currentData().toInt());
    c.processText = m_processEdit->text().trimmed();
    updateEventsButton();
    if (c == m_criteria)
        return;
    m_clearButton->setVisible(narrows(c));
    m_criteria = c;
    Q_EMIT criteriaChanged(m_criteria);
}

void FilterBar::setCriteria(const EventFilter::Criteria &criteria)
{
    m_updating = true;
    m_criteria = criteria;
    for (QAction *a : std::as_const(m_typeActions))
        a->setChecked(criteria.eventMask & a->data().toUInt());
    if (m_pathEdit->text() != criteria.pathText)
        m_pathEdit->setText(criteria.pathText);
    m_regexBox->setChecked(criteria.pathIsRegex);
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(criteria.kind)));
    if (m_processEdit->text() != criteria.processText)
        m_processEdit->setText(criteria.processText);
    m_typingTimer->stop();
    const qsizetype n = criteria.onlyPaths.size() + criteria.hiddenPaths.size();
    if (!criteria.onlyProcesses.isEmpty()) {
        // One process may have several ids (it exec'd): the button speaks of one process.
        m_pathSetButton->setText(tr("Only one process \u2715"));
        m_pathSetButton->show();
    } else if (n > 0) {
        m_pathSetButton->setText(criteria.onlyPaths.isEmpty()
                                     ? tr("%n file(s) hidden \u2715", nullptr, int(n))
                                     : tr("Only %n file(s) \u2715", nullptr,
                                          int(criteria.onlyPaths.size())));
        m_pathSetButton->show();
    } else {
        m_pathSetButton->hide();
    }
    m_updating = false;
    updateEventsButton();
    m_clearButton->setVisible(narrows(criteria));
}

void FilterBar::updateEventsButton()
{
    int checked = 0;
    for (QAction *a : std::as_const(m_typeActions))
        checked += a->isChecked() ? 1 : 0;
    if (checked == m_typeActions.size())
        m_eventsButton->setText(tr("All events"));
    else
        m_eventsButton->setText(tr("%1 of %2 events").arg(checked).arg(m_typeActions.size()));
}

static QString shortCount(qsizetype n)
{
    // "4M", "1.2M", "35k": the rules button must stay short; the exact figures are in the
    // tooltip.
    const QLocale locale;
    if (n < 10000)
        return locale.toString(qint64(n));
    if (n < 1000000)
        return locale.toString(qint64(n / 1000)) + QLatin1Char('k');
    const double m = double(n) / 1e6;
    return locale.toString(m, 'f', m < 10 && n % 1000000 >= 50000 ? 1 : 0) + QLatin1Char('M');
}

void FilterBar::setCounts(qsizetype shown, qsizetype total)
{
    m_shown = shown;
    m_total = total;
    const QLocale locale;
    m_countLabel->setText(tr("Shown: %1 of %2")
                              .arg(locale.toString(qint64(shown)), locale.toString(qint64(total))));
    m_rulesButton->setText(tr("%n rule(s), %1 of %2 shown", nullptr, m_activeRules)
                               .arg(shortCount(shown), shortCount(total)));
    m_countLabel->setVisible(m_activeRules == 0);
}

void FilterBar::setRulesShortcut(const QKeySequence &key)
{
    const QString tip = tr("Filter rules are hiding events; click to edit them");
    m_rulesButton->setToolTip(ShortcutTip::text(tip, key));
}

void FilterBar::setActiveRules(int count, bool broken)
{
    m_activeRules = count;
    m_rulesButton->setVisible(count > 0);
    m_rulesResetButton->setVisible(count > 0);
    m_rulesButton->setIcon(broken ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                  : QIcon::fromTheme(QStringLiteral("view-filter")));
    setCounts(m_shown, m_total);
}

void FilterBar::setRegexValid(bool valid)
{
    // Start from the theme's palette; only the text turns red, readable on light and dark.
    QPalette p = palette();
    if (!valid)
        p.setColor(QPalette::Text, QColor(230, 60, 60));
    m_pathEdit->setPalette(p);
    m_pathEdit->setToolTip(valid ? QString() : tr("This regular expression is not valid"));
}

void FilterBar::focusPathFilter()
{
    m_pathEdit->setFocus();
    m_pathEdit->selectAll();
}
