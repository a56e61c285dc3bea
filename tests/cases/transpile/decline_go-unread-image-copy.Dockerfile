# a COPY --from of another image before the build brings /bin/busybox, which no later
# command of the build reads: it is there for the program, and whether the runner could
# run it is not known (it was left behind in the builder)
FROM golang:1.21-bookworm
COPY --from=busybox:1.36 /bin/busybox /bin/busybox
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
