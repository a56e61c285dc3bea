# nvidia/cuda:latest named CUDA 8.0, then 9.0 on Ubuntu 16.04 while NVIDIA's gitlab CI
# history can be read, and moved on after it: which CUDA, and so which runtime image,
# is not known
FROM nvidia/cuda:latest
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip python3-dev && rm -rf /var/lib/apt/lists/*
RUN pip3 install tensorflow-gpu
COPY app.py /app.py
CMD ["python3", "/app.py"]
