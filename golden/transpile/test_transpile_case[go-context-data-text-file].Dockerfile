# the build context holds Go sources, documents (README.txt, LICENSE.txt) and words.txt,
# which the program reads from its working directory: a *.txt other than a document or
# a requirements list may be data, so the context is not "only build inputs" and the
# runner repeats COPY . .
FROM golang:1.22 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/words .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/words /usr/local/bin/words
CMD ["words"]
