#pragma once

class QAbstractItemView;
class QHeaderView;

// How the count views beside the event table (StatsPanel's table, ProcessesPanel's tree) show
// their rows: one whole row is selected at a time (it is what "Show Events" acts on), rows
// alternate colours across the many count columns, and every column fits its numbers except the
// name column, which keeps a width the user can drag (a path or command is as long as it likes).
class StatsViewLook final
{
public:
    static void apply(QAbstractItemView *view, QHeaderView *header, int nameColumn, int nameWidth);
};
