# go.mod in the context is a link to a file outside it: read as absent (with a
# warning), so the binary's name comes from CMD; followed, it would name another module
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build
CMD ["./server"]
