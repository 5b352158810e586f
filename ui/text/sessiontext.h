#pragma once

#include "session/spooldirectory.h"

#include <QCoreApplication>
#include <QString>

// A spooled session in words, the same in File > Recent Sessions and the Sessions dialog: when it
// started, what it watched, how big it is, how old.
class SessionText final
{
    Q_DECLARE_TR_FUNCTIONS(SessionText)

public:
    static QString started(const SpoolDirectory::Entry &e);
    static QString roots(const SpoolDirectory::Entry &e);
    static QString size(qint64 bytes);
    static QString age(const QDateTime &modified, const QDateTime &now);
    // "2026-11-30 10:42  /home/ann/src  (12.3 MB)"
    static QString menuLabel(const SpoolDirectory::Entry &e);
};
