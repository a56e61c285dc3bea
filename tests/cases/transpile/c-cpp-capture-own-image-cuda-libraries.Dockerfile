# a CUDA build on nvidia/cuda:9.0-base, whose apt sources install the CUDA packages
# under /usr/local/cuda-9.0 (found through their ld.so.conf.d file): the capture window
# on that very image copies every library the program loads but glibc's, from any
# directory, and the runner adds those its loader cache lacks (the packages the RUN
# purges again are not installed there)
FROM nvidia/cuda:9.0-base
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake \
        cuda-core-9-0 cuda-cudart-dev-9-0 libhwloc-dev git ca-certificates \
    && git clone https://example.org/miner.git /miner && cd /miner && cmake . && make \
    && mv /miner/bin/* /usr/local/bin/ && rm -rf /miner \
    && apt-get purge -y build-essential cmake cuda-core-9-0 git cuda-cudart-dev-9-0 libhwloc-dev
WORKDIR /mnt
ENTRYPOINT ["/usr/local/bin/miner"]
