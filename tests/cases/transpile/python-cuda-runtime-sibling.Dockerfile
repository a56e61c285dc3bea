# A TensorFlow program built on the CUDA 9.0 + cuDNN 7 devel image: it runs on the
# runtime image of the same CUDA and cuDNN (nvidia/cuda:9.0-cudnn7-runtime-ubuntu16.04),
# which has the libraries it loads without the compiler and headers
FROM nvidia/cuda:9.0-cudnn7-devel-ubuntu16.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-dev build-essential && rm -rf /var/lib/apt/lists/*
RUN pip3 install tensorflow-gpu==1.12.0 keras==2.2.4 h5py
WORKDIR /app
COPY . /app
CMD ["python3", "/app/train.py"]
