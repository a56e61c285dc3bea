# A library built from source and installed into /usr (Boost with b2) before the program
# is built: the dynamically linked program needs libboost_*.so, which no runtime package
# provides, so a runner of the same release would fail with "cannot open shared object
# file". Found in the corpus (9becc728) once the shell reader read `make -j $(nproc)`.
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential wget cmake
WORKDIR /tmp
RUN wget https://example.org/boost_1_62_0.tar.gz \
    && tar xfz boost_1_62_0.tar.gz \
    && cd boost_1_62_0 \
    && ./bootstrap.sh --prefix=/usr \
    && ./b2 -j 4 install --with-system \
    && ldconfig
COPY . /src
RUN mkdir /build && cd /build && cmake /src && make -j $(nproc) && cp ./app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
