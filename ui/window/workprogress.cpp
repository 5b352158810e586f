#include "window/workprogress.h"

#include "text/shortcuttip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QShortcut>
#include <QStatusBar>
#include <QToolButton>

WorkProgress::WorkProgress(QStatusBar *statusBar)
    : QWidget(statusBar)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 12);
    m_bar->setMaximumHeight(fontMetrics().height() + 4);
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(ShortcutTip::text(tr("Cancel"), escape->key()));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &WorkProgress::cancelRequested);
    // Esc stops the work as Cancel does, as in a progress dialog, and only while there is work:
    // a shortcut acts only while its widget is visible (QShortcut), and idle this is hidden, so
    // Esc stays the find bar's. Two jobs at once make the key ambiguous; each press then stops
    // one of them.
    connect(escape, &QShortcut::activated, this, &WorkProgress::cancelRequested);
    connect(escape, &QShortcut::activatedAmbiguously, this, &WorkProgress::cancelRequested);
    hide();
    statusBar->addPermanentWidget(this);
}

void WorkProgress::setProgress(const QString &text, qint64 done, qint64 total)
{
    m_label->setText(text); // QLabel does nothing for the same text
    m_bar->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
    show();
}

void WorkProgress::finish()
{
    hide();
}
