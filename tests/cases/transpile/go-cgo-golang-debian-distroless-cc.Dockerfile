# draw9: golang's Debian images have g++ (installed for cgo), so a cgo build may link
# libstdc++ and libgcc_s: the distroless runner is cc, which has them, not base
FROM golang:1.21-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -o /usr/local/bin/server ./cmd/server
ENTRYPOINT ["/usr/local/bin/server"]
