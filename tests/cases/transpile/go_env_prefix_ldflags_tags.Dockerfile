FROM golang:1.20-bullseye
WORKDIR /build
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -ldflags "-s -w -X main.version=1.0.0" -tags netgo -o /out/app .
ENTRYPOINT ["/out/app"]
