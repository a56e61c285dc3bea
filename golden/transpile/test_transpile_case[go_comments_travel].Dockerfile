# syntax=docker/dockerfile:1
# Build and run the API.
FROM golang:1.22-bookworm AS builder

# where the sources live
WORKDIR /go/src/app

# the sources
COPY . .

# compile
RUN go build -o /go/bin/api . && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/api || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /go/src/app
# files the program may read at run time (config, templates, static files)
COPY . /go/src/app/
COPY --from=builder /go/bin/api /go/bin/api
COPY --from=builder /opt/dtranspile-private-libraries /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go

# document the port
EXPOSE 3000

# run it
ENTRYPOINT ["/go/bin/api"]
