#pragma once

#include "analysis/filterfile.h"
#include "analysis/filterrule.h"
#include "analysis/rulematcher.h"

#include <QCoreApplication>
#include <QString>

// Words for rules (monitor/ speaks in keys and codes): column and relation names as the dialog
// shows them, a rule as a sentence, and what is wrong with a rule or a filter file. One place for
// the window and for `fsnoop record --filter`.
//
// A rule's columns are the fields of an event and of its process, so column() also names them
// wherever the window shows one (the event table's headers, the Processes and Statistics tabs,
// the rename chains), and kind() and source() are the values of the Type and Source columns:
// one word each in every language.
class RulesText final
{
    Q_DECLARE_TR_FUNCTIONS(RulesText)

public:
    static QString column(FilterRule::Column c);
    // "File" or "Folder".
    static QString kind(bool isDir);
    // How the event was learnt (FsEvent::Source): "inotify", "scan", "fanotify", "rescan".
    static QString source(quint8 source);
    static QString relation(FilterRule::Relation r);
    static QString action(FilterRule::Action a);
    // A value as people read it: "folder" -> "Folder", "scan" -> "scan", in their language; other
    // values as typed.
    static QString value(FilterRule::Column c, const QString &value);
    // "Path contains “/build/”, exclude"
    static QString sentence(const FilterRule &rule);
    // What is wrong with rule `problem.rule`, in one line starting in lower case.
    static QString problem(const RuleMatcher::Problem &problem);
    // What is wrong with a filter file, in one line starting in lower case.
    static QString fileError(const FilterFile::Error &error);
    // The semantics, for the dialog.
    static QString semantics();
};
