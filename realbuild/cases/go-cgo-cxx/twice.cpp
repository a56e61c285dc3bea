#include <sstream>
#include <string>
#include <vector>

#include "twice.h"

static std::string text;

extern "C" int twice(int x) {
    std::vector<int> v(2, x);
    std::ostringstream out;
    out << v[0] + v[1];
    return std::stoi(out.str());
}

extern "C" const char *greeting(void) {
    text = std::string("hello from ") + "C++";
    return text.c_str();
}
