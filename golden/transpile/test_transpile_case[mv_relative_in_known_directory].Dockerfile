# A relative `mv` in a directory the walk knows names one path (44f3d514): the build's
# own `mv` puts the program where CMD runs it, and a later rename of another file there
# does not touch it.
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o out/server . && mv out/server ./server && mv ./out ./build-logs && mkdir -p /opt/dtranspile-private-libraries && { ldd /src/server || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /src /src
COPY --from=builder /src/server /src/server
COPY --from=builder /opt/dtranspile-private-libraries /
CMD ["./server"]
