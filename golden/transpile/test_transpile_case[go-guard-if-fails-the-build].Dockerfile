# A check that fails the build when its test holds: in a build that succeeds its body
# did not run, so the go build after it is read as certain
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN if [ ! -f go.mod ]; then echo "go.mod is missing" >&2; exit 1; fi \
    && CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out/server /out/server
ENTRYPOINT ["/out/server"]
