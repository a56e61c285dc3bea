# draw7 ac0241d6 (hound): the program clones and updates the repositories it indexes
# with git, svn, hg and bzr; the original keeps all four (it deletes only go), so the
# runner installs them again: version control is not only the build's
FROM alpine:3.12 AS builder
ENV GOPATH="/go"
COPY . /go/src/github.com/hound-search/hound
COPY default-config.json /data/config.json
RUN apk update \
    && apk add go git subversion libc-dev mercurial bzr openssh \
    && go install github.com/hound-search/hound/cmds/houndd \
    && apk del go \
    && rm -f /var/cache/apk/* \
    && rm -rf /go/src /go/pkg

FROM alpine:3.12
# packages the original installs for run time
# hadolint ignore=DL3018
RUN apk add --no-cache bzr git mercurial openssh subversion
# files the program may read at run time (config, templates, static files)
COPY default-config.json /data/config.json
COPY --from=builder /go/bin/houndd /go/bin/houndd
ENV GOPATH="/go"
VOLUME ["/data"]
EXPOSE 6080
ENTRYPOINT ["/go/bin/houndd", "-conf", "/data/config.json"]
