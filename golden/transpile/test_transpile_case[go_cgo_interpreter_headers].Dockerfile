FROM ubuntu:xenial AS builder
RUN apt-get update && apt-get install -y --no-install-recommends golang-go gcc libc6-dev python-dev erlang-dev && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go
WORKDIR /go/src/example.com/bridge
COPY . .
RUN go build -o /usr/local/bin/bridge . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/bridge || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM ubuntu:xenial
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libpython2.7 && rm -rf /var/lib/apt/lists/*
WORKDIR /go/src/example.com/bridge
# files the program may read at run time (config, templates, static files)
COPY . /go/src/example.com/bridge/
COPY --from=builder /usr/local/bin/bridge /usr/local/bin/bridge
COPY --from=builder /opt/dtranspile-private-libraries /
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go
CMD ["bridge"]
