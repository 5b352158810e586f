#include "events/jumptotimedialog.h"

#include "text/timetext.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>

JumpToTimeDialog::JumpToTimeDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("jumpToTimeDialog"));
    setWindowTitle(tr("Jump to Time"));
    // The table's own digits (TimeText), to the millisecond: what QDateTime holds.
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    m_edit->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("First event at or after:"), m_edit);
    layout->addRow(buttons);
}

void JumpToTimeDialog::setRange(qint64 firstNs, qint64 lastNs, qint64 startNs)
{
    // Whole milliseconds around the events, so the first and last can be reached.
    m_edit->setDateTimeRange(TimeText::toDateTime(firstNs),
                             TimeText::toDateTime(lastNs + TimeText::kNsPerMs - 1));
    m_edit->setDateTime(TimeText::toDateTime(startNs));
}

qint64 JumpToTimeDialog::timeNs() const
{
    return m_edit->dateTime().toMSecsSinceEpoch() * TimeText::kNsPerMs;
}
