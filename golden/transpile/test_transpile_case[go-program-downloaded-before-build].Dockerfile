# the Go program drives a cluster with kubectl: the RUN before the build downloads it
# into /usr/bin, and no RUN of the build runs it; the debian slim runner gets it at the
# same path and tests it there (a library it loads missing fails the build), as the
# program's exec of kubectl needs it (corpus 97d2ee41)
FROM golang:1.6 AS builder
RUN wget http://storage.googleapis.com/kubernetes-release/release/v1.2.4/bin/linux/amd64/kubectl -O /usr/bin/kubectl \
    && chmod +x /usr/bin/kubectl
RUN mkdir -p /go/src/app
WORKDIR /go/src/app
ADD . /go/src/app/
RUN go-wrapper download
RUN go-wrapper install && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:jessie-scm
WORKDIR /go/src/app
# files the program may read at run time (config, templates, static files)
ADD . /go/src/app/
COPY --from=builder /go/bin/app /usr/local/bin/app
COPY --from=builder /opt/dtranspile-private-libraries /
COPY --from=builder /usr/bin/kubectl /usr/bin/kubectl
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
# the programs put on the PATH by hand, carried from the builder: a library or an interpreter they need and this image lacks fails the build, not the container
RUN set -- /usr/bin/kubectl; for p in "$@"; do test -x "$p" || { echo "dtranspile: $p is not an executable file here" >&2; exit 1; }; if [ "$(head -c 4 "$p")" = "$(printf '\177ELF')" ]; then ldd "$p" > /tmp/dtranspile-ldd 2>&1; ! grep -q -e 'not found' -e 'Error loading' /tmp/dtranspile-ldd || { echo "dtranspile: $p loads a library this image lacks:" >&2; cat /tmp/dtranspile-ldd >&2; exit 1; }; elif [ "$(head -c 2 "$p")" = '#!' ]; then read -r i a b _ < "$p"; if [ "$i" = '#!' ]; then i=$a; a=$b; else i=${i#??}; fi; { [ -x "$i" ] && { [ "${i##*/}" != env ] || command -v "$a" > /dev/null; }; } || { echo "dtranspile: $p is a script for $i, which this image lacks" >&2; exit 1; }; fi; done; rm -f /tmp/dtranspile-ldd
CMD ["app"]
