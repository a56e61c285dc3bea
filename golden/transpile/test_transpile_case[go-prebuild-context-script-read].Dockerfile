# a script of the build context runs before the build (generated sources, a vendored C
# tool built in its own tree): read with --context, every command writes only into the
# context's copy or /tmp, so what it made is the build's and the runner needs none of it
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN ./tools/generate.sh
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /src
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /src /src
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
CMD ["server"]
