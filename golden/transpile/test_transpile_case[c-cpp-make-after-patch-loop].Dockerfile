FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make patch && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# the loop only patches the sources; the make after it runs in /src whichever patches
# applied, and the job count a command substitution picks changes no output
RUN for p in patches/*.patch; do patch -p1 < "$p"; done     && make -j"$(grep -c ^processor /proc/cpuinfo 2>/dev/null || 1)"     && make install && { test -x /usr/local/sbin/myserver || test -x /usr/local/bin/myserver || { echo 'dtranspile: myserver is not among what make install put into /usr/local: no configure step wrote the Makefile, whose install may write elsewhere' >&2; exit 1; }; }

FROM debian:bookworm-slim
WORKDIR /src
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /src /src
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["myserver", "--port", "8080"]
