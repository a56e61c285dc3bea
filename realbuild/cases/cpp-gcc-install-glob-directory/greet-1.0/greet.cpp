// C++ on the gcc image: links libstdc++ (the image's own, in /usr/local/lib64) and
// libgreet.so.1, both installed under /usr/local
#include "greet.h"
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>

// where libstdc++ was loaded from: the gcc image's own copy in /usr/local/lib64, which a
// runner must carry (first in its loader's search), not the distribution's
static std::string libstdcxx_directory() {
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        auto at = line.find('/');
        if (at != std::string::npos && line.find("libstdc++.so") != std::string::npos) {
            std::string path = line.substr(at);
            return path.substr(0, path.rfind('/'));
        }
    }
    return "(not loaded)";
}
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
    std::cout << "libstdc++ from " << libstdcxx_directory() << "\n";
    return times == 2 ? 0 : 1;
}
