# the captured RUN installs protoc and gdb beside the compilers: the package tables call
# protoc a build tool, but not the C/C++ build's (another use: a plugin compiler), and
# gdb, a debugger, none (a crash report), so the program may run them; the runner
# installs them again with the window's other packages, and the compilers and
# libprotobuf-dev (its runtime package instead) stay in the builder
FROM debian:bookworm
WORKDIR /opt/rpcd
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libprotobuf-dev \
    protobuf-compiler gdb \
    && make && make install PREFIX=/usr \
    && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["/usr/bin/rpcd"]
