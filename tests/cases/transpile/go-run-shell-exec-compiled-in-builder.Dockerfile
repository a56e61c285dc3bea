# `exec go run .` in shell form is read as `go run .` (the shell's exec is transparent,
# as for every other command): built in the builder, and the runner's command execs the
# binary with the same arguments (it declined as needing the toolchain)
FROM golang:1.22-bookworm
WORKDIR /app
COPY . .
RUN go mod download
CMD exec go run . -addr :8080
