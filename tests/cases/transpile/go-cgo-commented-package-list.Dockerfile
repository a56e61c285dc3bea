FROM golang:1.19-bookworm
# a backquoted comment says why each package is there: every shell runs it
RUN apt-get update && apt-get install -y --no-install-recommends \
      pkg-config `# for the flags of the headers` \
      libjansson-dev `# the cgo program links it` \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/janssonnorm .
CMD ["janssonnorm"]
