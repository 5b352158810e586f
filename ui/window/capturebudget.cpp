#include "window/capturebudget.h"

#include <QSettings>

namespace {
const QString kKey = QStringLiteral("capture/budgetBytes");
// Below this a capture would hardly hold a burst: a typo in the settings must not empty the table.
constexpr qint64 kMinimumBytes = qint64(64) << 20;
} // namespace

qint64 CaptureBudget::bytes(QSettings &s)
{
    return qMax(kMinimumBytes, s.value(kKey, kDefaultBytes).toLongLong());
}

void CaptureBudget::setBytes(QSettings &s, qint64 bytes)
{
    s.setValue(kKey, qMax(kMinimumBytes, bytes));
}
