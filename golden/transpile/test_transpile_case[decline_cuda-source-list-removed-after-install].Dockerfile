# NVIDIA's pattern: the CUDA repository's source list is removed after its packages are
# installed; the runner copies the builder's final sources and installs the packages
# again, and would not find those of the removed repository
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends gnupg2 curl ca-certificates \
    && curl -fsSL https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/x86_64/3bf863cc.pub | apt-key add - \
    && echo "deb https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/x86_64 /" > /etc/apt/sources.list.d/cuda.list \
    && apt-get update && apt-get install -y --no-install-recommends cuda-cudart-12-2 build-essential
RUN rm /etc/apt/sources.list.d/cuda.list
WORKDIR /src
COPY . .
RUN make && make install
CMD ["/usr/local/bin/saxpy"]
