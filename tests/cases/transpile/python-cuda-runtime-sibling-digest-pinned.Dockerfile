# the CUDA 9.0 + cuDNN 7 devel image pinned by a digest: the image data shows the tag's
# last image (cuDNN 7.4.1.5 of 2018-11) and the runtime image built beside it, while the
# digest may be an earlier build with other CUDA and cuDNN packages; the runner is the
# builder's own pinned image, not the runtime sibling
FROM nvidia/cuda:9.0-cudnn7-devel-ubuntu16.04@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-dev build-essential && rm -rf /var/lib/apt/lists/*
RUN pip3 install tensorflow-gpu==1.12.0 keras==2.2.4 h5py
WORKDIR /app
COPY . /app
CMD ["python3", "/app/train.py"]
