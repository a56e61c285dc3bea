# an apt proxy the original's apt fetches through is no package source: it is carried
# as written (the build reaches it, since the original's installs went through it), so
# the runner's apt fetches as the original's did; the Recommends setting written after
# the last install served none and stays in the builder (git keeps its Recommends)
FROM debian:bookworm AS builder
RUN echo 'Acquire::http::Proxy "http://10.0.0.1:3142";' > /etc/apt/apt.conf.d/01proxy
RUN apt-get update && apt-get install -y git build-essential libcurl4-openssl-dev
RUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99norecommends
COPY . /src
WORKDIR /src
RUN make

FROM debian:bookworm-slim
# the apt configuration the original's apt commands ran with, for those below
COPY --from=builder /etc/apt/apt.conf.d/01proxy /etc/apt/apt.conf.d/01proxy
# runtime libraries the binary links against
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y libcurl4 && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /src /src
ENTRYPOINT ["./prog"]
