# the sources may be replaced at run time through the VOLUME, which compiling at every
# start picks up and a binary built in the builder would not
FROM golang:1.22-bookworm
WORKDIR /app
COPY . .
VOLUME /app
CMD ["go", "run", "."]
