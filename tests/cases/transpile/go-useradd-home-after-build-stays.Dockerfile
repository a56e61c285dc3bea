# the user is created after the build, and nothing the runner copies from the builder
# lands in its home: the order stays (the config COPY comes after the user, as in the original)
FROM golang:1.21-bookworm
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/server .
RUN groupadd -r app && useradd -m -g app app
COPY config.yml /home/app/.config/server/config.yml
USER app
CMD ["server"]
