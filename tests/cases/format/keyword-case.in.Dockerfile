from golang:1.22 as build
workdir /src
user app
expose 8080/tcp
arg VERSION=1
stopsignal SIGTERM
maintainer someone
onbuild run make
onbuild copy . /src
healthcheck --interval=30s cmd curl -f http://localhost/
healthcheck none
from alpine AS final
shell ["/bin/sh", "-c"]
entrypoint ["/app"]
cmd echo help
volume /data
add a.tgz /
label a=b
env x=y
