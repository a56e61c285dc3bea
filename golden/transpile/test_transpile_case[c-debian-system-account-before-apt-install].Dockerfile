# Debian's adduser --system takes the first free uid from 100, as redis-server's
# postinst does for redis: the runner creates app before its apt install, as the
# original did; the bookworm-slim runner has the packages of debian:bookworm (adduser
# among them), so the RUN finds its tool there before any install
FROM debian:bookworm AS builder
RUN adduser --system --group app
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev redis-server && rm -rf /var/lib/apt/lists/*
COPY main.c /src/
RUN gcc -O2 -o /usr/local/bin/app /src/main.c

FROM debian:bookworm-slim
RUN adduser --system --group app
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends redis-server && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
USER app
CMD ["app"]
