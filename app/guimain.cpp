#include "guimain.h"

#include <cstdio>

// Placeholder until the window exists (issue 3 replaces this file).
int runGui(int &, char **)
{
    std::fputs("fsnoop: the window is not built yet; use `fsnoop record PATH`\n", stderr);
    return 2;
}
