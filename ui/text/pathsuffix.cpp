#include "text/pathsuffix.h"

#include <QList>

namespace {
struct Split {
    QStringList parts; // components, root first
    bool folder = false;
};

Split split(const QString &path)
{
    Split s;
    s.folder = path.size() > 1 && path.endsWith(u'/');
    s.parts = path.split(u'/', Qt::SkipEmptyParts);
    return s;
}

// The last `n` components (all of them when there are fewer).
QStringList tail(const QStringList &parts, qsizetype n)
{
    return parts.mid(qMax<qsizetype>(0, parts.size() - n));
}
} // namespace

QStringList PathSuffix::shortestUnique(const QStringList &paths)
{
    QList<Split> all;
    all.reserve(paths.size());
    for (const QString &p : paths)
        all << split(p);
    QStringList out;
    out.reserve(paths.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Split &me = all.at(i);
        qsizetype n = 1;
        for (; n < me.parts.size(); ++n) {
            const QStringList mine = tail(me.parts, n);
            bool unique = true;
            for (qsizetype j = 0; j < all.size() && unique; ++j)
                unique = j == i || paths.at(j) == paths.at(i) || tail(all.at(j).parts, n) != mine;
            if (unique)
                break;
        }
        if (n >= me.parts.size())
            out << paths.at(i); // nothing shorter tells it apart: the whole path
        else
            out << tail(me.parts, n).join(u'/') + (me.folder ? QStringLiteral("/") : QString());
    }
    return out;
}
