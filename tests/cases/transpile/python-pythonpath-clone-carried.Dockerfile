# PYTHONPATH names a directory of a repository the build clones (and builds in): the
# program imports its modules from the checkout as the build left it, so the runner
# gets that whole directory at the same path (the extension `make pycaffe` compiles,
# the library it loads through $ORIGIN, the sed-edited Makefile.config stay in it), and
# the builder's library scan reads the compiled files there with the other trees
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y git python3 python3-dev python3-pip libprotobuf-dev
RUN git clone https://github.com/BVLC/caffe.git /caffe
WORKDIR /caffe
RUN cp Makefile.config.example Makefile.config && sed -i 's/# CPU_ONLY/CPU_ONLY/' Makefile.config
RUN pip install -r python/requirements.txt
RUN make pycaffe
ENV PYTHONPATH=/caffe/python
WORKDIR /
ADD deepdream.py /deepdream.py
CMD ["python3", "-u", "deepdream.py"]
