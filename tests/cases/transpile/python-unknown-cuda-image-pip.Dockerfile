# CUDA 10.1 came after the CUDA images' history the image data reads: its release is
# not known, but the apt-get install at line 5 shows it Debian-family, so the runner is
# the very same image with python3-dev left in the builder and pip's files captured
FROM nvidia/cuda:10.1-cudnn7-devel-ubuntu16.04
RUN apt-get update && apt-get install -y python3-pip python3-dev
WORKDIR /app
COPY . .
RUN pip3 install -r requirements.txt
CMD ["python3", "app.py"]
