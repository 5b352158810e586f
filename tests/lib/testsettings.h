#pragma once

#include <QCoreApplication>
#include <QString>

// The window and its panels keep their settings in QSettings, found by organization and
// application name: a test that opens them names itself, under the organization "fsnoop-test",
// so it never reads or writes the user's fsnoop settings.
inline void useTestSettings(const char *testName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("fsnoop-test"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
}
