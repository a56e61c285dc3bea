# the prefix of `cmake --build build --target install` is the one the cmake step in
# build/ set (/opt/app), not the default of the directory the install runs from
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends g++ cmake make libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN mkdir build && cd build && cmake .. -DCMAKE_INSTALL_PREFIX=/opt/app
RUN cmake --build build --target install

FROM debian:bookworm-slim
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/app /opt/app
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["/opt/app/bin/app"]
