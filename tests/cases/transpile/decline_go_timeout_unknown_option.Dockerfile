# an option of timeout not known here may take a value: the program it starts is not
# guessed
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["timeout", "--kill-after-typo", "5", "60", "server"]
