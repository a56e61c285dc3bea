# `source activate web` puts /opt/conda/envs/web/bin first on the PATH: gunicorn is found
# there.  The installer's RUN runs in a capture window (its script is not read), so the
# runner gets /opt/conda as the build left it, and tests gunicorn on that PATH
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y wget bzip2 build-essential
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh \
    && bash Miniconda3-latest-Linux-x86_64.sh -b -p /opt/conda \
    && rm Miniconda3-latest-Linux-x86_64.sh
ENV PATH=/opt/conda/bin:$PATH
RUN conda create -y -n web python=3.11
RUN /bin/bash -c "source activate web && pip install gunicorn flask"
WORKDIR /app
COPY app.py .
CMD ["/bin/bash", "-c", "source activate web && gunicorn -b 0.0.0.0:8000 app:app"]
