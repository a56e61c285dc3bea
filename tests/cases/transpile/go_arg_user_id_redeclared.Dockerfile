# ARG USERID used by the user creation that reaches the runner: re-declared there,
# not inlined, so `--build-arg USERID=...` still sets the runner's user id
FROM golang:1.22-bookworm
ARG USERID=1001
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
RUN useradd --uid $USERID app && mkdir -p /data && chown $USERID /data
USER app
CMD ["app"]
