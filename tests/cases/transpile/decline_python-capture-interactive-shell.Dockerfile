# the captured Miniconda build's command is an interactive shell: what the container is
# used for is unknown, and the runner leaves the compilers out
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
RUN pip install numpy scipy
CMD ["/bin/bash"]
