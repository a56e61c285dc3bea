FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make patch && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# the loop only patches the sources; the make after it runs in /src whichever patches
# applied, and the job count a command substitution picks changes no output
RUN for p in patches/*.patch; do patch -p1 < "$p"; done \
    && make -j"$(grep -c ^processor /proc/cpuinfo 2>/dev/null || 1)" \
    && make install
CMD ["myserver", "--port", "8080"]
