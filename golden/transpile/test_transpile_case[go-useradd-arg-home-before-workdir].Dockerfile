# the user's home is named with a build argument: the runner declares it once, before the
# user creation that moves ahead of the WORKDIR in the home
FROM golang:1.21-bookworm AS builder
ARG USERNAME=gopher
RUN useradd --create-home --shell /bin/bash ${USERNAME}
WORKDIR /home/${USERNAME}/app
COPY go.mod main.go ./
RUN go build -o server . && mkdir -p /opt/dtranspile-private-libraries && { ldd /home/${USERNAME}/app/server || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
ARG USERNAME=gopher
RUN useradd --create-home --shell /bin/bash ${USERNAME}
WORKDIR /home/${USERNAME}/app
COPY --from=builder /home/${USERNAME}/app/server /home/${USERNAME}/app/server
COPY --from=builder /opt/dtranspile-private-libraries /
USER ${USERNAME}
CMD ["./server"]
