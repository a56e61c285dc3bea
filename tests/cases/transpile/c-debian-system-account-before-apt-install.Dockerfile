# Debian's adduser --system takes the first free uid from 100, as redis-server's
# postinst does for redis: the runner creates app before its apt install, as the
# original did; the bookworm-slim runner has the packages of debian:bookworm (adduser
# among them), so the RUN finds its tool there before any install
FROM debian:bookworm
RUN adduser --system --group app
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev redis-server && rm -rf /var/lib/apt/lists/*
COPY main.c /src/
RUN gcc -O2 -o /usr/local/bin/app /src/main.c
USER app
CMD ["app"]
