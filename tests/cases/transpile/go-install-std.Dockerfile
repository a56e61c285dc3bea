# `go install -a std` rebuilds the standard library's archives: it writes no binary
FROM golang:1.22-bookworm
RUN CGO_ENABLED=0 go install -a std
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server
CMD ["/out/server"]
