# adduser (BusyBox) makes /home/app, owned by app, before the WORKDIR below it: the runner
# creates the user before its WORKDIR and the copy into the home, or they would make it as root
FROM golang:1.21-alpine
RUN adduser -D app
WORKDIR /home/app/src
COPY go.mod main.go ./
RUN go build -o /home/app/bin/server .
USER app
CMD ["/home/app/bin/server"]
