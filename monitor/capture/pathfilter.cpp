#include "capture/pathfilter.h"

PathFilter::PathFilter(QList<QRegularExpression> excludes, QList<QRegularExpression> includes)
    : m_excludes(std::move(excludes))
    , m_includes(std::move(includes))
    , m_active(!m_excludes.isEmpty() || !m_includes.isEmpty())
{
}

QString PathFilter::compile(const QString &pattern, QRegularExpression *compiled)
{
    *compiled = QRegularExpression(pattern);
    if (!compiled->isValid())
        return compiled->errorString();
    // JIT-compile now rather than on the first match, which happens on the reader thread.
    compiled->optimize();
    return {};
}

QList<QRegularExpression> PathFilter::compileAll(const QStringList &patterns, QString *badPattern,
                                                 QString *error)
{
    QList<QRegularExpression> out;
    for (const QString &pattern : patterns) {
        if (pattern.trimmed().isEmpty())
            continue;
        QRegularExpression re;
        const QString why = compile(pattern, &re);
        if (!why.isEmpty()) {
            if (badPattern && badPattern->isEmpty()) {
                *badPattern = pattern;
                if (error)
                    *error = why;
            }
            continue;
        }
        out.append(re);
    }
    return out;
}

bool PathFilter::accepts(const QString &path) const
{
    if (excludes(path))
        return false;
    if (m_includes.isEmpty())
        return true;
    for (const QRegularExpression &re : m_includes) {
        if (re.match(path).hasMatch())
            return true;
    }
    return false;
}

bool PathFilter::excludes(const QString &path) const
{
    for (const QRegularExpression &re : m_excludes) {
        if (re.match(path).hasMatch())
            return true;
    }
    return false;
}
