# llvm-dev is a toolchain to the package tables, but a C/C++ program that compiles at
# run time links libLLVM (dale's REPL): its runtime packages reach the runner like any
# -dev package's; and as a compiler it may run LLVM's tools and the C toolchain
# (dale's dalec runs llc, cc and ld), so the llvm and clang the original keeps stay too
FROM debian:bookworm
RUN apt-get update && apt-get install -y llvm llvm-dev clang cmake zlib1g-dev rlwrap
COPY ./ /build/
WORKDIR /build
RUN cmake -DLLVM_CONFIG=/usr/bin/llvm-config -DCMAKE_BUILD_TYPE=Release . && make -j8 && make install
CMD sleep 1 && rlwrap daleci
