FROM golang:1.9 AS builder
ADD . /go/src/github.com/example/geo
RUN cd /go/src/github.com/example/geo/cmd/geo && 	go get -d && go install && 	useradd -ms /bin/bash geo && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/geo || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stretch-scm
WORKDIR /go
# files the program may read at run time (config, templates, static files)
ADD . /go/src/github.com/example/geo/
COPY --from=builder /go/bin/geo /go/bin/geo
COPY --from=builder /opt/dtranspile-private-libraries /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
# user created by the RUN at line 3 of the original
RUN useradd -ms /bin/bash geo
USER geo
ENTRYPOINT ["/go/bin/geo"]
EXPOSE 8080
