# the script the RUN runs is the one curl wrote into the tree the ADD filled (NodeSource's
# setup, a repository the runner copies): not a file of the build context, so the
# unread-setup-script rule leaves it alone; ./configure, which configures the tree for
# its build, neither
FROM golang:1.12
ADD . /go/src/example.com/web/
WORKDIR /go/src/example.com/web/
RUN apt-get update && apt-get install -y curl
RUN curl -sL https://deb.nodesource.com/setup_8.x -o nodesource_setup.sh && bash nodesource_setup.sh
RUN apt-get install -y nodejs
RUN ./configure --prefix=/usr/local
RUN go build -o /go/bin/web .
RUN cd public && npm install && npm run build
CMD ["/go/bin/web"]
