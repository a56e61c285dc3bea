# A relative `mv` in a directory the walk knows names one path (44f3d514): the build's
# own `mv` puts the program where CMD runs it, and a later rename of another file there
# does not touch it.
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o out/server . && mv out/server ./server && mv ./out ./build-logs
CMD ["./server"]
