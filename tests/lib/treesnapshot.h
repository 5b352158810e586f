#pragma once

#include "inotify/recordreplayer.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

// The tree a record is replayed over and compared with (RecordReplayer), for both backends' tests.

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

// What `got` lacks and has too many of, compared with `want` (at most 20 lines of each).
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
