# Miniconda on a plain image whose only build tool is a JDK the captured RUN installs
# (another language's toolchain: the program may run it, so the runner installs it
# again): nothing else stays in the builder, nothing to gain
FROM debian:bullseye
RUN apt-get update && apt-get install -y --no-install-recommends wget ca-certificates bzip2 \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends default-jdk-headless \
    && wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh && rm -rf /var/lib/apt/lists/*
ENV PATH=/opt/conda/bin:$PATH
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
