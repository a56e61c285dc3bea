# a .deb installed with --force-depends, then apt runs: whether it resolved, removed or
# kept the broken package in the original is not known
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl ca-certificates
RUN curl -fsSLO https://example.com/tool_1.0_amd64.deb && dpkg -i --force-depends tool_1.0_amd64.deb
RUN apt-get install -y --no-install-recommends libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/app /usr/local/bin/
CMD ["app"]
