# xorg-dev is a metapackage (no .so link of its own, and xenial's table leaves it open):
# the libraries the original has through it (libX11, libXext ...) are those of the -dev
# packages it depends on, which pyglet loads with ctypes (no NEEDED entry for ldd to read)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential xorg-dev xvfb python3 python3-dev python3-pip \
    && rm -rf /var/lib/apt/lists/*
RUN python3 -m pip install pyglet gym
COPY . /app
WORKDIR /app
CMD xvfb-run -s "-screen 0 1400x900x24" python3 render.py
