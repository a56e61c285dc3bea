// A C++ program on debian:trixie linking Boost.Program_options (libboost-program-options-dev
// is a metapackage of boost-defaults: the library is libboost-program-options1.83.0) and
// libpng (libpng-dev: the 64-bit time_t rename made the library libpng16-16t64).
#include <boost/program_options.hpp>
#include <png.h>
#include <cstdio>

namespace po = boost::program_options;

int main(int argc, char **argv) {
    po::options_description desc("tool");
    desc.add_options()("width", po::value<int>()->default_value(1), "width");
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, desc), vm);
    po::notify(vm);
    int width = vm["width"].as<int>();
    std::printf("width %d libpng %s\n", width, png_get_libpng_ver(nullptr));
    return width == 3 ? 0 : 1;
}
