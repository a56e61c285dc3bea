# Ubuntu 12.04's dpkg has no --verify: the capture could not tell the packages' files
# apart from what the build changed
FROM ubuntu:12.04
RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/* /usr/local/bin/
CMD ["tool"]
