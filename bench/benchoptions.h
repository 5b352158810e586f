#pragma once

#include <cstdlib>
#include <cstring>

// The "--name value" pairs of a benchmark's command line (the last one given wins); a name not
// given keeps the benchmark's default. No Qt: the yardstick programs may use it too.
class BenchOptions final
{
public:
    BenchOptions(int argc, char **argv)
        : m_argc(argc)
        , m_argv(argv)
    {
    }

    const char *text(const char *name, const char *fallback) const
    {
        const char *value = fallback;
        for (int i = 1; i + 1 < m_argc; i += 2) {
            if (std::strcmp(m_argv[i], name) == 0)
                value = m_argv[i + 1];
        }
        return value;
    }

    long long number(const char *name, long long fallback) const
    {
        const char *value = text(name, nullptr);
        return value ? std::atoll(value) : fallback;
    }

private:
    int m_argc;
    char **m_argv;
};
