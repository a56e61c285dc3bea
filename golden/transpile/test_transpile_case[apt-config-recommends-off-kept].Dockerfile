# the original turns apt's Recommends off in its configuration before it installs: its
# git comes without them (less, openssh-client, patch). The runner's apt runs with the
# same file, copied before its installs, and installs git without them too (corpus
# 87dbd03a: the runner's `apt-get install -y git` brought the Recommends)
FROM debian:bookworm AS builder
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/zz-local-tame
RUN apt-get update && apt-get install -y git build-essential libcurl4-openssl-dev
COPY . /src
WORKDIR /src
RUN make

FROM debian:bookworm-slim
# the apt configuration the original's apt commands ran with, for those below
COPY --from=builder /etc/apt/apt.conf.d/zz-local-tame /etc/apt/apt.conf.d/zz-local-tame
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libcurl4 && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /src /src
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["./prog"]
