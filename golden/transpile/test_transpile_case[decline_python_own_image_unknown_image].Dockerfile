# CUDA 10.1 came after the CUDA images' history the image data reads: its release is
# not known, so no runner of the same release can be named
FROM nvidia/cuda:10.1-cudnn7-devel-ubuntu16.04
RUN apt-get update && apt-get install -y python3-pip python3-dev
WORKDIR /app
COPY . .
RUN pip3 install -r requirements.txt
CMD ["python3", "app.py"]
