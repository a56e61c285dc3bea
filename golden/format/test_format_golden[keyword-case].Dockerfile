FROM golang:1.22 AS build
WORKDIR /src
USER app
EXPOSE 8080/tcp
ARG VERSION=1
STOPSIGNAL SIGTERM
MAINTAINER someone
ONBUILD RUN make
ONBUILD COPY . /src
HEALTHCHECK --interval=30s CMD curl -f http://localhost/
HEALTHCHECK NONE

FROM alpine AS final
SHELL ["/bin/sh", "-c"]
ENTRYPOINT ["/app"]
CMD echo help
VOLUME /data
ADD a.tgz /
LABEL a=b
ENV x=y
