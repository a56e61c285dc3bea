# A C++ program linked against cuBLAS on the CUDA devel image: a runner of plain
# Ubuntu 16.04 would lack the CUDA libraries and the NVIDIA_* configuration that makes
# the container runtime give the container its GPUs
FROM nvidia/cuda:9.0-devel-ubuntu16.04
RUN apt-get update && apt-get install -y --no-install-recommends g++ make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN g++ -O2 -o /src/gemm main.cpp -L/usr/local/cuda/lib64 -lcudart -lcublas
CMD ["/src/gemm"]
