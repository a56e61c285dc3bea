# a CMake project installed into /usr/local on Fedora (dnf): /usr/local of the plain
# image is copied whole, the loader's cache refreshed, the libraries' packages read in
# the builder
FROM fedora:39
RUN dnf install -y gcc-c++ cmake make zlib-devel && dnf clean all
COPY . /src
RUN cmake -S /src -B /build -DCMAKE_BUILD_TYPE=Release \
    && cmake --build /build && cmake --install /build
CMD ["/usr/local/bin/server"]
