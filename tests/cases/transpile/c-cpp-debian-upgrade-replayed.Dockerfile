# the original upgrades the image's packages before its installs: its final image has
# bookworm's upgraded packages, so the runner's install of the runtime libraries runs
# the same upgrade first, after its own apt-get update
FROM debian:bookworm
RUN apt-get update && apt-get -y dist-upgrade && apt-get install -y --no-install-recommends \
    gcc make libc6-dev libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp notes /usr/local/bin/notes
CMD ["notes"]
