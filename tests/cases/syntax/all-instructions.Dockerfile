FROM debian:bookworm AS base
MAINTAINER someone <a@b.c>
ARG VERSION=1.0
ENV APP_HOME=/app
LABEL org.opencontainers.image.title="demo"
WORKDIR $APP_HOME
USER 1000:1000
ADD app.tar.gz /app/
COPY . .
RUN make
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
EXPOSE 8080/tcp 9090
VOLUME ["/data", "/logs"]
VOLUME /cache /tmp/x
STOPSIGNAL SIGTERM
HEALTHCHECK NONE
ONBUILD COPY . /src
ENTRYPOINT ["/app/run"]
CMD ["--help"]
