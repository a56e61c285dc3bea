# conda alone makes the environment (no pip): no recipe reads it, so on a plain Debian
# image the build runs in a capture window; python is the environment's, tested in
# the runner after the captured /opt/miniconda, and the script is the application's
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
    gcc g++ make \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/mc.sh https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh \
    && sh /tmp/mc.sh -b -p /opt/miniconda && rm /tmp/mc.sh
ENV PATH=/opt/miniconda/bin:$PATH
WORKDIR /srv/predictor
COPY environment.yml .
RUN conda env create -f environment.yml -n predictor && conda clean -afy
ENV PATH=/opt/miniconda/envs/predictor/bin:$PATH
COPY . .
CMD ["python", "grpc_server.py", "--port", "50052"]
