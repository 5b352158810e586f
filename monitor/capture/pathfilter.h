#pragma once

#include "core/pathtable.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The include/exclude patterns of a watch (WatchOptions::excludes / includes), with inotifywait's
// semantics, for both backends: matched against the full path; a path matching an exclude is not
// recorded (and an excluded directory gets no watch); when includes are given, only paths matching
// one of them are recorded.
//
// Without patterns, accepts() is one test of a flag: no string is built for the event.
class PathFilter final
{
public:
    PathFilter() = default;
    PathFilter(QList<QRegularExpression> excludes, QList<QRegularExpression> includes);

    // Compiles one pattern (Perl-compatible, QRegularExpression) the way every caller must: on
    // success returns an empty string and `*compiled` is ready to match; on a syntax error returns
    // QRegularExpression's own description of it and `*compiled` is the invalid expression, whose
    // patternErrorOffset() says where.
    static QString compile(const QString &pattern, QRegularExpression *compiled);
    // Compiles a list as the window keeps it (the Watch dialog's lines, the saved settings):
    // blank entries are skipped, and so are invalid ones, the first of which goes to *badPattern
    // (if still empty) with its reason in *error (if given). `record` refuses a bad pattern
    // instead, and compiles each one itself.
    static QList<QRegularExpression> compileAll(const QStringList &patterns, QString *badPattern,
                                                QString *error = nullptr);

    bool isEmpty() const { return !m_active; }

    // Whether an event on `path` is recorded. Only with patterns is a QString built per event: the
    // regexes need one.
    bool accepts(const PathTable &paths, PathTable::Id path) const
    {
        return !m_active || accepts(paths.displayPath(path));
    }
    // Whether `path` matches an exclude (a directory so excluded is not watched at all).
    bool excludes(const PathTable &paths, PathTable::Id path) const
    {
        return !m_excludes.isEmpty() && excludes(paths.displayPath(path));
    }

private:
    bool accepts(const QString &path) const;
    bool excludes(const QString &path) const;

    QList<QRegularExpression> m_excludes;
    QList<QRegularExpression> m_includes;
    bool m_active = false;
};
