# `apt-get upgrade sqlite3` names a package: apt (1.1 and later) installs or upgrades that
# one alone, so nothing else was upgraded and the runner upgrades nothing either
FROM debian:bookworm
RUN apt-get update && apt-get upgrade -y sqlite3 && apt-get install -y --no-install-recommends \
    gcc make libc6-dev libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp notes /usr/local/bin/notes
CMD ["notes"]
