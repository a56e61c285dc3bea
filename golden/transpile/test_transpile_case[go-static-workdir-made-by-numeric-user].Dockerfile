# the final WORKDIR is made by a numeric USER after the build: distroless has no shell, so
# the runner gets the directory's owner and mode by a COPY of the builder's staged empty
# directory (numeric ids travel with it), not by a chown
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
# /var/lib/app as the original has it: the builder's where it has one (made before the WORKDIR), else as that WORKDIR makes it (as 65532:65532, 0755), for the runner (a copy keeps a child's owner and mode, not its target's)
# hadolint ignore=DL3059
RUN mkdir -p /var/lib/dtranspile/workdir && if [ -d /var/lib/app ]; then mkdir /var/lib/dtranspile/workdir/app && chown "$(stat -c %u:%g /var/lib/app)" /var/lib/dtranspile/workdir/app && chmod "$(stat -c %a /var/lib/app)" /var/lib/dtranspile/workdir/app; else mkdir /var/lib/dtranspile/workdir/app && chmod 755 /var/lib/dtranspile/workdir/app && chown 65532:65532 /var/lib/dtranspile/workdir/app; fi

FROM buildpack-deps:bookworm-scm
WORKDIR /var/lib/app
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
# /var/lib/app with the original's owner and mode (a WORKDIR or a copy here makes it root's 0755)
COPY --from=builder /var/lib/dtranspile/workdir /var/lib/
USER 65532:65532
CMD ["app"]
