# setcap in the build and a non-root user: COPY --from may not keep the capability, so the
# runner (a shell and apt) sets it again on its copy
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app . && setcap cap_net_bind_service=+ep /usr/local/bin/app
EXPOSE 80
USER nobody
CMD ["app"]
