# the final WORKDIR is made after the build as the non-root user (BuildKit gives it to
# that user, and the VOLUME there starts from it): the runner sets its WORKDIR before
# the user exists, and neither the capture nor a copied tree carries the directory
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN useradd -m -s /bin/bash -N jupyter
USER jupyter
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
    && bash /tmp/mc.sh -b -p /home/jupyter/conda && rm /tmp/mc.sh
ENV PATH=/home/jupyter/conda/bin:$PATH
RUN pip install notebook
VOLUME /home/jupyter/notebooks
WORKDIR /home/jupyter/notebooks
CMD ["jupyter", "notebook", "--ip=0.0.0.0"]
