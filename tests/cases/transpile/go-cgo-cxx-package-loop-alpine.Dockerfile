FROM alpine:3.19
RUN for p in go g++ musl-dev; do apk add --no-cache "$p"; done
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -o /usr/local/bin/app .
CMD ["app"]
