# Miniconda on an image the image data does not know (CUDA 10.1 came after the CUDA
# images' history the data reads): the RUN at line 6 installs with apt-get, so the image
# is Debian-family; its release is unknown, so the runner is the very same image, with
# build-essential left in the builder and the conda prefix captured
FROM nvidia/cuda:10.1-cudnn7-devel-ubuntu16.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl bzip2 \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/mc.sh https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh \
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "train.py"]
