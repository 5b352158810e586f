#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// inotify event names as inotifywait(1) spells them, so its users feel at home on the command line
// (`-e close_write,moved_to`) and in the CSV ("CLOSE_WRITE|ISDIR"). Masks are inotify IN_* bits.
class EventNames final
{
public:
    struct Type {
        quint32 mask;
        const char *name; // lower case, as typed after -e
    };

    // The single event types a user can pick (no composites), in a stable display order.
    static const QList<Type> &types();

    // Every event type a user can ask for: what "no -e" means.
    static quint32 allEvents();

    // "modify,close_write,move" -> mask. Composites close and move are accepted; "all" too.
    // On an unknown name returns 0 and sets *badName.
    static quint32 parseList(QStringView list, QString *badName = nullptr);

    // mask -> "CLOSE_WRITE|ISDIR" (upper case, flags such as ISDIR, IGNORED, Q_OVERFLOW included).
    static QByteArray join(quint32 mask, char separator = '|');

    // Inverse of join(); returns false on an unknown token.
    static bool split(QByteArrayView joined, quint32 *mask, char separator = '|');

    // The name of the single most telling bit of a mask, for a one-word column ("CREATE").
    static const char *primaryName(quint32 mask);
};
