FROM golang:1.10-stretch
ENV APP_HOME=$GOPATH/src/github.com/acme/web
COPY . $APP_HOME
WORKDIR $APP_HOME
RUN go build -o web .
ENTRYPOINT ["./web"]
