# A copy into /etc only when a file is there: a confined if body, whose write the checks of
# the build RUN's writes do not follow, so the go build beside it is not taken
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o app . && if [ -f extra.txt ]; then cp extra.txt /etc/extra.txt; fi
CMD ["/src/app"]
