# draw7 ac0241d6 (hound): the program clones and updates the repositories it indexes
# with git, svn, hg and bzr; the original keeps all four (it deletes only go), so the
# runner installs them again: version control is not only the build's
FROM alpine:3.12
ENV GOPATH /go
COPY . /go/src/github.com/hound-search/hound
COPY default-config.json /data/config.json
RUN apk update \
	&& apk add go git subversion libc-dev mercurial bzr openssh \
	&& go install github.com/hound-search/hound/cmds/houndd \
	&& apk del go \
	&& rm -f /var/cache/apk/* \
	&& rm -rf /go/src /go/pkg
VOLUME ["/data"]
EXPOSE 6080
ENTRYPOINT ["/go/bin/houndd", "-conf", "/data/config.json"]
