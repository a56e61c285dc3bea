# A guard before the build, and a copy into /etc after it: the guard lists no command, so
# the copy is read as the RUN's write the runner would lack (declined, as without the guard)
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN if [ ! -f go.mod ]; then echo no >&2; exit 1; fi && CGO_ENABLED=0 go build -o app . && cp extra.txt /etc/extra.txt
CMD ["/src/app"]
