# The command runs as another user than root: conda searches that user's ~/.conda/envs
# before <root>/envs for a named environment, so which `web` it activates is not known
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y wget bzip2 build-essential
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh \
    && bash Miniconda3-latest-Linux-x86_64.sh -b -p /opt/conda \
    && rm Miniconda3-latest-Linux-x86_64.sh
ENV PATH=/opt/conda/bin:$PATH
RUN conda create -y -n web python=3.11
RUN /bin/bash -c "source activate web && pip install gunicorn flask"
RUN useradd -m app
WORKDIR /app
COPY app.py .
USER app
CMD ["/bin/bash", "-c", "source activate web && gunicorn -b 0.0.0.0:8000 app:app"]
