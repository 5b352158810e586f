#include "window/workprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

WorkProgress::WorkProgress(QWidget *parent)
    : QWidget(parent)
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
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &WorkProgress::cancelRequested);
    hide();
}

void WorkProgress::start(const QString &text)
{
    m_label->setText(text);
    m_bar->setValue(0);
    show();
}

void WorkProgress::setProgress(qint64 done, qint64 total)
{
    m_bar->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
}

void WorkProgress::finish()
{
    hide();
}
