FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server .
EXPOSE 8080
# the load balancer and docker both use this
HEALTHCHECK CMD curl -fsS http://localhost:8080/ping || exit 1
ENTRYPOINT ["server"]
