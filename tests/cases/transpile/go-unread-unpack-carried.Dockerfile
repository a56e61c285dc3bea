# an archive unpacked in /data (made by WORKDIR, not mkdir) that no later command of the
# build reads is there for the program: the runner copies /data as the build left it
FROM golang:1.21-bookworm
WORKDIR /data
RUN curl -fsSL https://x/geo.tgz | tar -xz
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
