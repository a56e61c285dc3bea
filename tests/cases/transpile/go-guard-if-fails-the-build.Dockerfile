# A check that fails the build when its test holds: in a build that succeeds its body
# did not run, so the go build after it is read as certain
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN if [ ! -f go.mod ]; then echo "go.mod is missing" >&2; exit 1; fi \
    && CGO_ENABLED=0 go build -o /out/server ./cmd/server
ENTRYPOINT ["/out/server"]
