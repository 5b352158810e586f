#pragma once

#include <QStringList>

// Short names for a handful of paths shown side by side (the busiest-paths bars): for each path
// the fewest trailing components that no other path in the list ends with, so two `config` files
// read "app/config" and "lib/config" rather than twice "config". Pure, for a unit test.
class PathSuffix final
{
public:
    // Same order as `paths`; a trailing '/' (a folder) is kept on the suffix; when every component
    // is needed the whole path shows, from the root. A path listed twice gets one name.
    static QStringList shortestUnique(const QStringList &paths);
};
