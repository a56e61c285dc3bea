# The distributions a requirements file installs are not read: one may use what only
# the devel image has (libNVVM, the CUDA headers), so the runner is the devel image
# itself, without the build-only packages and caches
FROM nvidia/cuda:9.0-cudnn7-devel-ubuntu16.04
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip python3-dev python3-setuptools gcc && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt /app/
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . /app
CMD ["python3", "serve.py"]
