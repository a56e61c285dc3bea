# setcap in the build: the capability may not survive COPY --from, which is said
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app . && setcap cap_net_bind_service=+ep /usr/local/bin/app

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
EXPOSE 80
CMD ["app"]
