# Ubuntu 16.04 has no libglvnd: SDL2's dlopen'ed OpenGL libraries are Mesa's own
# packages there (libgl1-mesa-glx, libegl1-mesa); GLFW 3.1's libglfw3 has no OpenGL
# library in its Depends either
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y build-essential libsdl2-dev libglfw3-dev
COPY . /game
RUN cd /game && ./configure && make && make install
CMD /usr/local/bin/game
