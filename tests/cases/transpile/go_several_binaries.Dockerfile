FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server && \
    go build -o /out/worker ./cmd/worker
EXPOSE 8080
CMD ["/out/server", "--listen", ":8080"]
