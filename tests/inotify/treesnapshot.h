#pragma once

#include "recordreplayer.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>

// The tree on disk, in the form RecordReplayer replays over, and what differs between two trees:
// the two halves of every "replay the record, compare with the final tree" check.

// Everything below `root` (not root itself), symlinks not followed: relative path -> is a dir.
inline RecordReplayer::Tree snapshot(const QString &root)
{
    RecordReplayer::Tree tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const qsizetype skip = root.size() + 1;
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        tree[QFile::encodeName(it.filePath().mid(skip))] = fi.isDir() && !fi.isSymLink();
    }
    return tree;
}

inline QByteArray difference(const RecordReplayer::Tree &got, const RecordReplayer::Tree &want)
{
    QByteArray out;
    int shown = 0;
    for (const auto &[path, dir] : want) {
        auto it = got.find(path);
        if ((it == got.end() || it->second != dir) && shown++ < 20)
            out += "missing " + path + (dir ? "/" : "") + '\n';
    }
    for (const auto &[path, dir] : got) {
        auto it = want.find(path);
        if ((it == want.end() || it->second != dir) && shown++ < 40)
            out += "extra   " + path + (dir ? "/" : "") + '\n';
    }
    return out;
}
