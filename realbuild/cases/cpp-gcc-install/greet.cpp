// C++ on the gcc image: links libstdc++ (the image's own, in /usr/local/lib64) and
// libgreet.so.1, both installed under /usr/local
#include "greet.h"
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <vector>
int main(int argc, char **argv) {
    int times = 1;
    for (int i = 1; i < argc; i++)
        if (std::strcmp(argv[i], "--times") == 0 && i + 1 < argc)
            times = std::atoi(argv[++i]);
    std::vector<std::string> lines;
    for (int i = 0; i < times; i++)
        lines.push_back(greeting(i + 1));
    for (const auto &line : lines)
        std::cout << line << "\n";
    return times == 2 ? 0 : 1;
}
