#pragma once

#include <QTest>

#include <unistd.h>

// A test that needs root (fanotify, mounts, another user) skips, saying why, when not run as root;
// CI runs the suite as root, so there it always runs. A macro because QSKIP returns from the test
// function it stands in.
#define FSNOOP_SKIP_UNLESS_ROOT(reason) \
    do { \
        if (::geteuid() != 0) \
            QSKIP(reason); \
    } while (false)
