# the command's `while` loop, its `if` and a command substitution run only programs the
# runner has (the built binary, sleep, date): each is checked there, whichever branch runs
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
COPY --from=builder /opt/dtranspile-private-libraries /
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v sleep >/dev/null && command -v date >/dev/null && command -v app >/dev/null
CMD while [ ! -e /run/ready ]; do sleep 1; done; if [ -n "$DEBUG" ]; then app -v --since "$(date +%s)"; else app; fi
