# `rlwrap daleci` wraps the Dale REPL with readline: its users compile code of their
# own with the LLVM headers (llvm-dev) the runner would leave in the builder
FROM debian:bookworm
RUN apt-get update && apt-get install -y llvm llvm-dev cmake clang rlwrap zlib1g-dev
COPY . /build/
WORKDIR /build
RUN cmake . && make && make install
CMD sleep 1 && rlwrap daleci
