# Ubuntu 16.04 has no libglvnd: SDL2's dlopen'ed OpenGL libraries are Mesa's own
# packages there (libgl1-mesa-glx, libegl1-mesa); GLFW 3.1's libglfw3 has no OpenGL
# library in its Depends either
FROM ubuntu:16.04 AS builder
RUN apt-get update && apt-get install -y build-essential libsdl2-dev libglfw3-dev
COPY . /game
RUN cd /game && ./configure && make && make install

FROM ubuntu:16.04
# runtime libraries the binary links against
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y libegl1-mesa libgl1-mesa-glx libglfw3 libsdl2-2.0-0 && rm -rf /var/lib/apt/lists/*
# files the program may read at run time (config, templates, static files)
COPY . /game/
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD /usr/local/bin/game
