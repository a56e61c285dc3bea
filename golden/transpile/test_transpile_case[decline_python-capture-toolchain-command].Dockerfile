# the captured build's command runs make: the toolchain the runner leaves out
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["make", "serve"]
