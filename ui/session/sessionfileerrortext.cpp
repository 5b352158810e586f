#include "session/sessionfileerrortext.h"

#include "io/sessionschema.h"

#include <cstring>

QString SessionFileErrorText::describe(const SessionFileError &error)
{
    const QString detail = QString::fromUtf8(error.detail);
    switch (error.code) {
    case SessionFileError::None:
        return {};
    case SessionFileError::Io:
        if (error.errnum != 0)
            return QString::fromLocal8Bit(std::strerror(error.errnum));
        return tr("input/output error (%1)").arg(detail);
    case SessionFileError::DiskFull:
        return tr("the disk is full");
    case SessionFileError::NotASession:
        return tr("not an fsnoop session file");
    case SessionFileError::TooNew:
        return tr("written by a newer fsnoop (session format %1; this version reads up to %2)")
            .arg(error.version)
            .arg(SessionSchema::kVersion);
    case SessionFileError::CannotUpgrade:
        return tr("written by an older fsnoop (session format %1) and must be upgraded, which "
                  "failed: %2")
            .arg(error.version)
            .arg(detail);
    case SessionFileError::Corrupt:
        return tr("the file is damaged (%1)").arg(detail);
    case SessionFileError::Cancelled:
        return tr("cancelled");
    }
    return detail;
}
