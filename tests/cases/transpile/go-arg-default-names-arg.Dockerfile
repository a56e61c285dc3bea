# an ARG the runner re-declares brings the ARGs its default names: without ARG APP there,
# DATA_DIR would expand to /var/lib/ in the runner (found by hand in 678b878e)
FROM golang:1.22-bookworm
ARG APP=demo
ARG DATA_DIR=/var/lib/${APP}
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
RUN mkdir -p $DATA_DIR
CMD ["app"]
