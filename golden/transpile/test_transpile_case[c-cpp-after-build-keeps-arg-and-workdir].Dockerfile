# RUNs after the build that stay in the builder run there with the ARG and WORKDIR
# before them, as in the original (the ARG would otherwise be empty there, and the
# relative path would resolve elsewhere)
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./configure --prefix=/opt/app && make && make install
ARG RELEASE
RUN test -n "$RELEASE"
WORKDIR /opt/app
RUN sed -i "s/^release=.*/release=$RELEASE/" etc/app.conf

FROM debian:bookworm-slim
WORKDIR /opt/app
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/app /opt/app
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["/opt/app/bin/app"]
