#pragma once

#include "core/eventnames.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

// What to watch and how; shared by the inotify engine, the fanotify source, the window's watch
// dialog and `fsnoop record`.
struct WatchOptions
{
    enum class Backend { Inotify, Fanotify };
    Backend backend = Backend::Inotify; // Fanotify: the privileged helper, with process identity

    QList<QByteArray> roots;   // absolute paths, raw bytes (QFile::encodeName)
    quint32 events = EventNames::allEvents(); // IN_* mask, what gets recorded
    bool recursive = true;
    bool watchRootSelf = true; // record events on the root directory itself (its own attrib...)

    // inotifywait semantics: matched against the full path. An excluded directory gets no watch
    // at all; an event on an excluded path is not recorded. When includes are given, only events
    // whose path matches one of them are recorded (directories are still traversed).
    QList<QRegularExpression> excludes;
    QList<QRegularExpression> includes;

    // Say at start what each root's filesystem hides (FilesystemNotes). Off for the fanotify
    // source's own inotify fallback: the helper has said it for those roots already.
    bool filesystemNotes = true;

    // Hand-over to the consumer: whichever comes first.
    int batchIntervalMs = 20;
    int batchMaxEvents = 8192;
};
