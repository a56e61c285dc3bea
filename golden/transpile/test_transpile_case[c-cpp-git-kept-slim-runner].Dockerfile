# git installed beside the compilers and kept by the original: a version-control client
# stays in the runner on every path, as the program may run it (the build used it to fetch
# a dependency, which does not make it build-only); distroless cc has no package manager
# to install it, so the runner is the release's slim image
FROM debian:bookworm AS builder
WORKDIR /src
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev git \
    ca-certificates \
    && git clone --depth 1 https://example.org/dep.git third_party/dep \
    && make -C third_party/dep && make && cp tool /usr/local/bin/ \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/tool /usr/local/bin/tool
CMD ["tool", "--serve"]
