# an SDL2 game: libsdl2-2.0-0 loads libGL.so.1 and libEGL.so.1 with dlopen for an OpenGL
# window or the accelerated renderer; libsdl2-dev brought them to the original through
# libgl-dev and libegl-dev, the runtime package does not depend on them (ldd cannot tell)
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libsdl2-dev libsdl2-image-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./configure && make && make install

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libegl1 libgl1 libsdl2-2.0-0 libsdl2-image-2.0-0 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["pacman"]
