# an ARG the runner re-declares brings the ARGs its default names: without ARG APP there,
# DATA_DIR would expand to /var/lib/ in the runner (found by hand in 678b878e)
FROM golang:1.22-bookworm AS builder
ARG APP=demo
ARG DATA_DIR=/var/lib/${APP}
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
ARG APP=demo
ARG DATA_DIR=/var/lib/${APP}
RUN mkdir -p $DATA_DIR
CMD ["app"]
