# llvm-dev is a toolchain to the package tables, but a C/C++ program that compiles at
# run time links libLLVM (dale's REPL): its runtime packages reach the runner like any
# -dev package's; and as a compiler it may run LLVM's tools and the C toolchain
# (dale's dalec runs llc, cc and ld), so the llvm and clang the original keeps stay too
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y llvm llvm-dev clang cmake zlib1g-dev rlwrap
COPY ./ /build/
WORKDIR /build
RUN cmake -DLLVM_CONFIG=/usr/bin/llvm-config -DCMAKE_BUILD_TYPE=Release . && make -j8 && make install

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y --no-install-recommends libclang-cpp14 libllvm14 llvm-14-linker-tools && apt-get install -y zlib1g && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y clang llvm rlwrap && rm -rf /var/lib/apt/lists/*
WORKDIR /build
# files the program may read at run time (config, templates, static files)
COPY ./ /build/
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v sleep >/dev/null && command -v rlwrap >/dev/null
CMD sleep 1 && rlwrap daleci
