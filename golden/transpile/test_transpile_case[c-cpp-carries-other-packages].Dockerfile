# curl and zip are programs the build installs whose run-time use the Dockerfile does
# not show: the runner installs them again (small, and right whether the program runs
# them or not) instead of declining
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make curl zip \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN make

FROM debian:bookworm-slim
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends curl zip && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /src /src
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["./backup"]
