# the prefix of `cmake --build build --target install` is the one the cmake step in
# build/ set (/opt/app), not the default of the directory the install runs from
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends g++ cmake make libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN mkdir build && cd build && cmake .. -DCMAKE_INSTALL_PREFIX=/opt/app
RUN cmake --build build --target install
CMD ["/opt/app/bin/app"]
