#include "window/capturestatusbar.h"

#include "capture/eventsource.h"
#include "core/eventnames.h"
#include "core/session.h"
#include "core/watchoptions.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

CaptureStatusBar::CaptureStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_stateLabel(new QLabel(this))
    , m_dirsLabel(new QLabel(this))
    , m_waitingLabel(new QLabel(this))
    , m_scopeLabel(new QLabel(this))
    , m_eventsLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_droppedLabel(new QLabel(this))
    , m_overflowLabel(new QLabel(this))
    , m_ruleDropsLabel(new QLabel(this))
    , m_unspooledLabel(new QLabel(this))
    , m_warningButton(new QToolButton(this))
{
    addWidget(m_stateLabel, 1);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dirsLabel->setObjectName(QStringLiteral("watchedFolders"));
    m_scopeLabel->setObjectName(QStringLiteral("watchScope"));
    m_scopeLabel->hide();
    m_unspooledLabel->setObjectName(QStringLiteral("unspooledEvents"));
    m_unspooledLabel->hide();
    m_waitingLabel->setObjectName(QStringLiteral("waitingFolders"));
    m_waitingLabel->setToolTip(
        tr("A watched folder was deleted or moved away. Its parent folder is watched for its "
           "name: when it is back, it is watched again and what it holds is recorded."));
    m_waitingLabel->hide();
    for (QLabel *l : {m_ruleDropsLabel, m_scopeLabel, m_waitingLabel, m_dirsLabel, m_eventsLabel,
                      m_rateLabel, m_droppedLabel, m_overflowLabel, m_unspooledLabel})
        addPermanentWidget(l);
    // Events that are never stored cannot be brought back by a filter: this must not go unseen.
    m_ruleDropsLabel->setObjectName(QStringLiteral("ruleDrops"));
    m_ruleDropsLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_ruleDropsLabel->setToolTip(tr("Capture \u2192 Drop Filtered Events is on: the events the "
                                    "filter rules exclude are not recorded at all"));
    m_ruleDropsLabel->hide();
    m_droppedLabel->setToolTip(
        tr("The oldest events were dropped to stay within the capture budget (File \u25b8 "
           "Sessions); the session file still holds them"));
    m_overflowLabel->setToolTip(
        tr("Times the kernel queue overflowed and events were lost"));
    m_warningButton->setAutoRaise(true);
    m_warningButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_warningButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_warningButton->setToolTip(
        tr("Show the warnings and what to do about them"));
    connect(m_warningButton, &QToolButton::clicked, this, &CaptureStatusBar::warningsRequested);
    addPermanentWidget(m_warningButton);
    m_rateClock.start();
}

void CaptureStatusBar::setStateText(const QString &text)
{
    m_stateLabel->setText(text);
}

void CaptureStatusBar::setSpool(const QString &file, qint64 unspooled)
{
    m_eventsLabel->setToolTip(file.isEmpty()
                                  ? QString()
                                  : tr("Saved as they come in %1").arg(QDir::toNativeSeparators(file)));
    m_unspooledLabel->setText(tr("%1 not in the session file")
                                  .arg(QLocale().toString(unspooled)));
    m_unspooledLabel->setToolTip(
        tr("Events the session file could not take (the disk was full or too slow); they are "
           "only in memory"));
    m_unspooledLabel->setVisible(unspooled > 0);
}

void CaptureStatusBar::setEventCount(qsizetype count)
{
    m_eventsLabel->setText(
        tr("%1 events").arg(QLocale().toString(qint64(count))));
}

void CaptureStatusBar::showScannedFolders(qint64 scanned)
{
    m_dirsLabel->setText(
        tr("%n folder(s) scanned", nullptr, int(scanned)));
}

void CaptureStatusBar::setWatchScope(const WatchOptions *options)
{
    QStringList parts;
    QStringList details;
    if (options) {
        if (!options->excludes.isEmpty()) {
            parts << tr("%n pattern(s) excluded", nullptr, int(options->excludes.size()));
            for (const QRegularExpression &re : options->excludes)
                details << tr("Excluded: %1").arg(re.pattern());
        }
        if (!options->includes.isEmpty()) {
            parts << tr("only %n pattern(s) included", nullptr, int(options->includes.size()));
            for (const QRegularExpression &re : options->includes)
                details << tr("Included: %1").arg(re.pattern());
        }
        const int types = qPopulationCount(options->events & EventNames::allEvents());
        const int all = qPopulationCount(EventNames::allEvents());
        if (types < all)
            parts << tr("%1 of %2 event types").arg(types).arg(all);
        if (!options->recursive)
            parts << tr("subfolders not watched");
    }
    m_scopeLabel->setText(parts.join(QStringLiteral(" \u00b7 ")));
    m_scopeLabel->setToolTip(tr("The watch options leave some activity out (File \u2192 Watch "
                                "Folder\u2026 to change them).")
                             + (details.isEmpty() ? QString()
                                                  : QStringLiteral("\n") + details.join(u'\n')));
    m_scopeLabel->setVisible(!parts.isEmpty());
}

void CaptureStatusBar::setRuleDrops(bool on, quint64 dropped)
{
    m_ruleDropsLabel->setText(tr("Dropping filtered events: %1 not recorded")
                                  .arg(QLocale().toString(qint64(dropped))));
    m_ruleDropsLabel->setVisible(on);
}

void CaptureStatusBar::restartRate()
{
    m_rateLastSerial = 0;
    m_rate = 0;
}

void CaptureStatusBar::rebaseRate()
{
    m_rateLastSerial = 0;
}

void CaptureStatusBar::refresh(const Session &session, const EventSource *source, qint64 watchedDirs)
{
    const QLocale locale;
    const EventStore &store = session.events();
    const quint64 end = store.endSerial();
    const double secs = m_rateClock.restart() / 1000.0;
    if (secs > 0.05) {
        const quint64 delta = end >= m_rateLastSerial ? end - m_rateLastSerial : end;
        m_rate = double(delta) / secs;
    }
    m_rateLastSerial = end;

    const bool live = !session.isReadOnly() && source;
    // A stopped capture watches nothing: no stale count (the watched folder may be gone).
    const bool running = live && source->isRunning();
    if (running)
        m_dirsLabel->setText(tr("%n folder(s) watched", nullptr, int(watchedDirs)));
    m_dirsLabel->setVisible(running);
    // Gone for now, not failed: the capture goes on and takes it up again when it is back.
    const qint64 waiting = running ? source->stats().waitingRoots : 0;
    if (waiting > 0)
        m_waitingLabel->setText(tr("%n folder(s) waiting to come back", nullptr, int(waiting)));
    m_waitingLabel->setVisible(waiting > 0);
    m_eventsLabel->setText(
        tr("%1 events").arg(locale.toString(qint64(store.size()))));
    m_rateLabel->setText(tr("%1 events/s")
                             .arg(locale.toString(qint64(std::lround(m_rate)))));
    m_rateLabel->setVisible(live);
    m_droppedLabel->setText(tr("%1 dropped")
                                .arg(locale.toString(qint64(store.droppedCount()))));
    m_droppedLabel->setVisible(store.droppedCount() > 0);
    m_overflowLabel->setText(tr("%n overflow(s)", nullptr,
                                                         int(session.overflowCount())));
    m_overflowLabel->setVisible(session.overflowCount() > 0);
    const QList<MonitorProblem> &problems = session.problems();
    const qsizetype notices = std::count_if(problems.begin(), problems.end(),
                                            [](const MonitorProblem &p) { return p.isNotice(); });
    const qsizetype warnings = problems.size() - notices;
    m_warningButton->setText(warnings > 0 ? tr("%n warning(s)", nullptr, int(warnings))
                                          : tr("%n notice(s)", nullptr, int(notices)));
    m_warningButton->setIcon(style()->standardIcon(warnings > 0 ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation));
    m_warningButton->setVisible(!problems.isEmpty());
}
