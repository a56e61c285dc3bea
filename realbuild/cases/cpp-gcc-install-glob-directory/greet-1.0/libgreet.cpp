// a shared library installed into /usr/local/lib: the program loads it by soname
#include "greet.h"
#include <sstream>
std::string greeting(int n) {
    std::ostringstream out;
    out << "hello #" << n << " from libgreet";
    return out.str();
}
