# the command activates a conda environment by name, then runs jupyter from it: where
# jupyter is found is the PATH the activation sets, which the runner's checks do not
# follow, so declined (the check would look on the image's own PATH)
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev gcc wget bzip2
RUN pip install notedown
RUN wget https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh && bash Miniconda3-latest-Linux-x86_64.sh -b
ENV PATH /root/miniconda3/bin:$PATH
COPY environment.yml /
RUN conda env create -f environment.yml
WORKDIR /tutorials
COPY . /tutorials/
CMD source activate gluon && jupyter notebook --ip=0.0.0.0 --allow-root
