# an image with no record, but the stage sets WORKDIR, USER and ENTRYPOINT itself: what
# the base would have set does not matter, so the rewrite goes ahead
FROM example.com/team/go-builder:1.22
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
USER nobody
ENTRYPOINT ["app"]
