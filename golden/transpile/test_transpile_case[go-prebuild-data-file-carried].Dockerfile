# a RUN before the build downloads a data file, creates a log directory and clones
# templates that no command of the build reads: they are there for the program, so the
# runner copies each from the builder as the build left it; the tool the build runs
# (/opt/tools/gen, under a directory a later command names) stays in the builder
FROM golang:1.21-bookworm AS builder
RUN mkdir -p /opt/data && curl -fsSL -o /opt/data/model.bin https://example.com/model.bin
RUN git clone --depth 1 https://github.com/example/templates /srv/templates \
    && mkdir -p /var/log/app && touch /var/log/app/app.log
RUN mkdir -p /opt/tools && curl -fsSL -o /opt/tools/gen https://example.com/gen \
    && chmod +x /opt/tools/gen
WORKDIR /src
COPY . .
RUN /opt/tools/gen ./api && CGO_ENABLED=0 go build -o /app .

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /src /src
COPY --from=builder /app /app
# written by the RUN at line 6 and read by no command of the build: the program may read it at run time
COPY --from=builder /opt/data /opt/data
# written by the RUN at line 7 and read by no command of the build: the program may read it at run time
COPY --from=builder /srv/templates /srv/templates
# written by the RUN at line 7 and read by no command of the build: the program may read it at run time
COPY --from=builder /var/log/app /var/log/app
CMD ["/app"]
