# Miniconda on a plain image that installs no compiler, -dev package or build tool:
# the runner would be the same image with the same packages and the same captured
# files, nothing saved (pip keeps no cache: --no-cache-dir)
FROM debian:bullseye
RUN apt-get update && apt-get install -y --no-install-recommends wget ca-certificates bzip2 \
    && rm -rf /var/lib/apt/lists/*
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
