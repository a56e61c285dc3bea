# setcap in the build and a non-root user: COPY --from may not keep the capability, so the
# runner (a shell and apt) sets it again on its copy
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app . && setcap cap_net_bind_service=+ep /usr/local/bin/app

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
# file capabilities set again on the runner's copy (COPY --from may not keep them)
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libcap2-bin && rm -rf /var/lib/apt/lists/* && setcap cap_net_bind_service=+ep /usr/local/bin/app
EXPOSE 80
USER nobody
CMD ["app"]
