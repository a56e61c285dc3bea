# the command runs a script of the context, which is not read without --context: it
# may run the builder's tools
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y --no-install-recommends g++ make && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN make -C src && cp src/bin/* /usr/local/bin/
CMD ["./start.sh"]
