#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

// Recognises the events our own directory scans cause, so they stay out of the record.
//
// Listing a directory D opens it, reads it (getdents64) and closes it. When D is watched and so is
// its parent P, the kernel queues, for each of these, one event on D's own watch (no name) and
// one on P's watch (name "D"), all with IN_ISDIR: IN_OPEN, one IN_ACCESS per getdents64 call
// (fs/readdir.c: iterate_dir() calls fsnotify_access()), IN_CLOSE_NOWRITE. With every event type
// enabled that is 8 events per directory (getdents64 is called twice: entries, then end of
// directory): a 50,000-directory walk would both overflow the 16,384 event queue and fill the
// record with the monitor's own activity.
//
// Two tools keep them out, each where it fits best:
// - The initial walk watches every directory without these three kinds and upgrades the masks
//   once the walk is over (TreeWalker::upgradeSetupWatches): the walk then causes no event at
//   all, which is what makes a 50,000-directory set-up cheap. Its price, one more
//   inotify_add_watch per listed directory and no OPEN/ACCESS/CLOSE_NOWRITE recorded on listed
//   directories before setupFinished, is right for a set-up and wrong at run time.
// - At run time (a directory created or moved in, a rescan after an overflow) the parent's watch
//   already has the full mask, so the events do get queued. This filter recognises them: before
//   opening D we register what we expect on (wd(D), "") and (wd(P), "D"); the reader drops, per
//   key, one IN_OPEN, the IN_ACCESS that follow it and the IN_CLOSE_NOWRITE that ends it. The
//   scan loop drains the fd every few thousand expected events (fewer with a small queue), so
//   our own events can never overflow the queue.
//
// The kernel queues these events synchronously inside open/getdents64/close (and the final fput
// runs before close(2) returns to user space), so once the fd has been drained to EAGAIN after a
// scan, every event that scan caused has been seen: the reader then clear()s all expectations.
// Consequence: a real IN_OPEN by another process on the same directory, between our open and
// close, and identical to ours, may be merged by the kernel with ours and dropped with it. That
// window is a few microseconds per directory and only during our own scans.
class InotifySelfFilter final
{
public:
    // We are about to open a directory; `name` is empty for the directory's own watch.
    void expect(int wd, QByteArrayView name);

    // For an IN_OPEN / IN_ACCESS / IN_CLOSE_NOWRITE with IN_ISDIR: true if it is ours (drop it).
    bool swallow(int wd, QByteArrayView name, quint32 mask);

    void clear() { m_states.clear(); }

private:
    struct State {
        int opensExpected = 0; // our open()s not seen yet
        int inside = 0;        // our open()s seen whose close has not been seen
    };
    static QByteArray key(int wd, QByteArrayView name);

    QHash<QByteArray, State> m_states;
};
