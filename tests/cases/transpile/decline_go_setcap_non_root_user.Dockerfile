# setcap in the build and a non-root user: the capabilities must survive COPY --from, which is not known: declined
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app . && setcap cap_net_bind_service=+ep /usr/local/bin/app
EXPOSE 80
USER nobody
CMD ["app"]
