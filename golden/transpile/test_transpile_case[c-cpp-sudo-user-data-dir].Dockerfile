FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev sudo \
    && rm -rf /var/lib/apt/lists/*
RUN useradd -m app
WORKDIR /src
COPY . .
# the data directory is made by the user the program runs as
RUN make && sudo -u app mkdir -p /home/app/data
# /home/app/data as empty directories with their owners and modes here, for the runner (a copy keeps a child's owner and mode, not its target's)
# hadolint ignore=DL3059
RUN mkdir -p /var/lib/dtranspile/tops/0 && if [ -d /home/app/data ]; then mkdir -p /var/lib/dtranspile/tops/0/data && chown "$(stat -c %u:%g /home/app/data)" /var/lib/dtranspile/tops/0/data && chmod "$(stat -c %a /home/app/data)" /var/lib/dtranspile/tops/0/data; fi

FROM debian:bookworm-slim
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
WORKDIR /src
RUN useradd -m app
COPY --from=builder /src /src
# written by the RUN at line 8 and read by no command of the build: the program may read it at run time
COPY --from=builder /home/app/data /home/app/data
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# /home/app/data with the original's owner and mode (a copy makes a missing directory root's 0755)
COPY --from=builder /var/lib/dtranspile/tops/0 /home/app/
USER app
CMD ["/src/notes"]
