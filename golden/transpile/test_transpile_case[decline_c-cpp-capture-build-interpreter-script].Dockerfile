# the command runs a Perl script of the cloned project beside the compiled tools: its
# programs are not read, and it may run make or gcc, which stay in the builder
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends git build-essential perl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN git clone https://github.com/example/pipeline.git /pipeline
WORKDIR /pipeline
RUN make
ENTRYPOINT ["perl", "pipeline.pl"]
