# PYTHONPATH names a directory of a repository the build clones (and builds in), which
# no tree the runner copies holds: its modules would be missing, so declined
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y git python3 python3-dev python3-pip libprotobuf-dev
RUN git clone https://github.com/BVLC/caffe.git /caffe
WORKDIR /caffe
RUN pip install -r python/requirements.txt
RUN make pycaffe
ENV PYTHONPATH=/caffe/python
WORKDIR /
ADD deepdream.py /deepdream.py
CMD ["python3", "-u", "deepdream.py"]
