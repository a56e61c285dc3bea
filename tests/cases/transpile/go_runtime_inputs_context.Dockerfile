# the program reads conf/app.conf relative to its working directory; COPY . . brought
# it into the builder only: the runner copies the context directory again (the build
# context, given here, holds more than sources)
FROM golang:1.22-alpine
WORKDIR /app
COPY . .
RUN go build -o server .
CMD ["./server", "-config", "conf/app.conf"]
