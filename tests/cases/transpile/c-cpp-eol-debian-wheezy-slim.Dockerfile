# debian:wheezy is past its end of life and no runtime package table covers it; the image
# data names its slim sibling of the same release, debian:wheezy-slim, as the runner
FROM debian:wheezy
COPY . /app
WORKDIR /app
RUN apt-get update && apt-get install -y build-essential libevent-dev && make
CMD ["./serenity", "serenity.conf"]
