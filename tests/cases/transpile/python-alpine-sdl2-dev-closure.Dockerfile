# pygame built from source on alpine's own Python: sdl2-dev's runtime packages are read
# in the builder from the .so links of sdl2-dev and of the -dev packages it depends on,
# transitively, over the apk database: sdl2-dev (community/sdl2 2.26.5) depends on
# mesa-dev, whose libGL.so/libEGL.so links name the packages SDL opens with dlopen
# (ldd of pygame's modules shows libSDL2 only), as the original has them through mesa-dev
FROM alpine:3.18
RUN apk add --no-cache python3 py3-pip gcc musl-dev python3-dev sdl2-dev
RUN pip install pygame
COPY game.py /srv/game.py
CMD ["python3", "/srv/game.py"]
