#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// At start: a spooled capture that never got its stop time and that no running fsnoop holds is
// one that ended in a crash or a kill (issue 12). Each is offered once: Reopen (read-only, in the
// window), Keep for Later (with the recent sessions) or Delete. Reopened or kept, the file is
// sealed with the time of its last event so that it is not offered again.
class CrashedCaptureOffer final
{
    Q_DECLARE_TR_FUNCTIONS(CrashedCaptureOffer)

public:
    // Asks about each crashed capture, newest first; returns the file the user chose to reopen
    // (empty if none). Captures that saved no event are left alone: nothing to offer.
    static QString ask(QWidget *parent);
};
