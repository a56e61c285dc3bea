# A setup RUN after the build that first checks what the build left: repeated in the
# runner the check would test other files, and written again without it the check would
# be lost, so the RUN runs in the builder with its effect captured (the guard as written)
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app ./cmd/app
RUN if [ ! -f /src/go.sum ]; then echo "go.sum is missing" >&2; exit 1; fi \
    && mkdir -p /var/lib/app && chmod 0750 /var/lib/app
CMD /usr/local/bin/app --data /var/lib/app
