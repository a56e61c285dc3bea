# nvidia/cuda:latest named CUDA 8.0, then 9.0 on Ubuntu 16.04 while NVIDIA's gitlab CI
# history can be read, and moved on after it: which CUDA, and so which runtime image,
# is not known, so no runtime sibling is chosen.  The apt-get install at line 8 proves the
# image Debian-family: the runner is nvidia/cuda:latest itself (python3-dev left in the
# builder, what pip3 wrote captured), and, as the stage sets no WORKDIR, it runs in the
# image's own directory as the original does
FROM nvidia/cuda:latest
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip python3-dev && rm -rf /var/lib/apt/lists/*
RUN pip3 install tensorflow-gpu
COPY app.py /app.py
CMD ["python3", "/app.py"]
