#pragma once

#include "io/sessionfileerror.h"

#include <QCoreApplication>
#include <QString>

// A session file error in words, the same for the window and `fsnoop record`/`export` (which
// print it after "cannot write FILE: " or "cannot open FILE: ").
class SessionFileErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(SessionFileErrorText)

public:
    static QString describe(const SessionFileError &error);
};
