#pragma once

#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

// The window spools every capture under $XDG_STATE_HOME/fsnoop/sessions (SpoolDirectory): a test
// that opens a window gets a state folder of its own, gone with the test, instead of the user's.
// A test function may hold one of its own to start from an empty folder: the one before comes
// back when it goes.
struct TestStateHome
{
    TestStateHome()
        : m_before(qgetenv("XDG_STATE_HOME"))
        , m_hadBefore(qEnvironmentVariableIsSet("XDG_STATE_HOME"))
    {
        qputenv("XDG_STATE_HOME", QFile::encodeName(dir.path()));
    }
    ~TestStateHome()
    {
        if (m_hadBefore)
            qputenv("XDG_STATE_HOME", m_before);
        else
            qunsetenv("XDG_STATE_HOME");
    }
    TestStateHome(const TestStateHome &) = delete;
    TestStateHome &operator=(const TestStateHome &) = delete;

    QString sessions() const { return dir.path() + QStringLiteral("/fsnoop/sessions"); }

    QTemporaryDir dir;

private:
    QByteArray m_before;
    bool m_hadBefore;
};
