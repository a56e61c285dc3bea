// A C++ program linking libfmt from Debian's libfmt-dev (shared: the runner needs
// libfmt.so.9 and libstdc++), reading a data file at run time.
#include <fmt/core.h>
#include <fstream>
#include <map>
#include <string>
#include <vector>

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "data/stock.tsv";
    std::ifstream in(path);
    if (!in) {
        fmt::print("cannot read {}\n", path);
        return 2;
    }
    std::map<std::string, double> totals;
    std::string item;
    double qty, price;
    while (in >> item >> qty >> price)
        totals[item] += qty * price;
    double sum = 0;
    for (const auto &[name, value] : totals) {
        fmt::print("{:<10}{:>10.2f}\n", name, value);
        sum += value;
    }
    fmt::print("{:<10}{:>10.2f}\nfmt {}\n", "total", sum, FMT_VERSION / 10000);
    return sum > 100 ? 0 : 1;
}
