# tini starts gosu, which starts the binary: both wrappers are the runner's (their
# packages installed again), the binary the artifact
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends tini gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
ENTRYPOINT ["tini", "--", "gosu", "nobody"]
CMD ["server"]
