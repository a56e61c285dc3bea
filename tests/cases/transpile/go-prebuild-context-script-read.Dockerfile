# a script of the build context runs before the build (generated sources, a vendored C
# tool built in its own tree): read with --context, every command writes only into the
# context's copy or /tmp, so what it made is the build's and the runner needs none of it
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN ./tools/generate.sh
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["server"]
