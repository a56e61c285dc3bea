# the captured build's command is a shell script of the context that is not read: it
# may run the compilers the runner leaves out
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["./start.sh"]
