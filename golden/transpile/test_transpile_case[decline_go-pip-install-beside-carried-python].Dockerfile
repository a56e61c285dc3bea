# The runner installs python3 again (the original keeps it), but scrapy, which pip3
# installs in the builder, would not reach it: the Go program runs scrapy at run time
FROM golang:stretch
RUN apt update && apt install git python3 python3-pip -y
RUN pip3 install scrapy setuptools
RUN go get github.com/alash3al/scrapyd-go
WORKDIR /root/
ENTRYPOINT ["scrapyd-go"]
