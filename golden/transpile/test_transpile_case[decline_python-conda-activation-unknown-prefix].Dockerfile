# The installer is saved under a name of its own and run without -p: its documented
# default prefix is known only from the installer's own file name (Miniconda3-... ->
# $HOME/miniconda3), so where `activate` and the environment are is not known
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y wget bzip2 build-essential
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/installer.sh \
    && bash /tmp/installer.sh -b
ENV PATH=/root/miniconda3/bin:$PATH
RUN conda create -y -n web python=3.11
RUN /bin/bash -c "source activate web && pip install gunicorn flask"
WORKDIR /app
COPY app.py .
CMD ["/bin/bash", "-c", "source activate web && gunicorn -b 0.0.0.0:8000 app:app"]
