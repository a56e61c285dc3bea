# an SDL2 game: libsdl2-2.0-0 loads libGL.so.1 and libEGL.so.1 with dlopen for an OpenGL
# window or the accelerated renderer; libsdl2-dev brought them to the original through
# libgl-dev and libegl-dev, the runtime package does not depend on them (ldd cannot tell)
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libsdl2-dev libsdl2-image-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./configure && make && make install
CMD ["pacman"]
