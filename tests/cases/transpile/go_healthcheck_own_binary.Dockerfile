FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server . && go build -o /usr/local/bin/probe ./cmd/probe
HEALTHCHECK --interval=10s CMD ["/usr/local/bin/probe", "-addr", "localhost:8080"]
CMD ["server"]
