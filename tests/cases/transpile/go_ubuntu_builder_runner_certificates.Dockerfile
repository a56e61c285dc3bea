# an ubuntu builder (its CA certificates depend on what apt pulled in) and a Debian
# runner without any: the runner installs its own, which works either way
FROM ubuntu:17.10
WORKDIR /root
ENV GOPATH=/root
RUN apt-get update && apt-get install -y golang-go golang-glide
ADD main.go glide.yaml glide.lock src/github.com/example/ui/
RUN cd src/github.com/example/ui && glide install
RUN go install github.com/example/ui
CMD /root/bin/ui
