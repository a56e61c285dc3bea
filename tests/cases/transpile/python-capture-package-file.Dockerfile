# a package file (tini's .deb) installed among the captured RUNs of a Miniconda setup: a
# dpkg hook in the builder keeps the file dpkg is given and the runner installs it
# itself, after the captured files (the capture leaves its files out as any package's)
FROM ubuntu:18.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
RUN wget -q https://github.com/krallin/tini/releases/download/v0.19.0/tini_0.19.0-amd64.deb \
    && dpkg -i tini_0.19.0-amd64.deb && rm tini_0.19.0-amd64.deb
ENV PATH=/opt/conda/bin:$PATH
RUN pip install gunicorn flask
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
