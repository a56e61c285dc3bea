# a copy of the binary made with the program's path (/bin/cp) leaves it where it was,
# as `cp` does: both used to be read differently (issue 19)
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /out/app . && /bin/cp /out/app /srv/app-backup && mkdir -p /opt/dtranspile-private-libraries && { ldd /out/app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out/app /out/app
COPY --from=builder /opt/dtranspile-private-libraries /
# written by the RUN at line 6 and read by no command of the build: the program may read it at run time
COPY --from=builder /srv/app-backup /srv/app-backup
CMD ["/out/app"]
