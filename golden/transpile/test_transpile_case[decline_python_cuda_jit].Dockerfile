# PyCUDA compiles kernels with nvcc (and nvcc with gcc) while the program runs: the
# runtime sibling has no nvcc, and on the devel image itself the runner would still
# leave gcc in the builder
FROM nvidia/cuda:9.0-devel-ubuntu16.04
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip python3-dev python3-setuptools build-essential && rm -rf /var/lib/apt/lists/*
RUN pip3 install numpy==1.14.5 pycuda==2018.1.1
WORKDIR /app
COPY kernels.py /app/
CMD ["python3", "kernels.py"]
