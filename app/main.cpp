#include "guimain.h"

#include <cstring>

// Placeholder dispatcher (issue 2 replaces this with the command line and `fsnoop record`).
int main(int argc, char **argv)
{
    return runGui(argc, argv);
}
