# `curl -fsSLo /tini URL` writes /tini (the -o bundled after flags): the runner copies it
# from the builder.  The conda environment is made by RUNs captured in the builder, the
# final PATH finds python3 there: the runner's check of it runs after the captured files
# are in place, on the final PATH.  PYTHONPATH names /src, which only an empty mkdir
# makes (the capture's own `tar -cf` unpacks nothing there)
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y curl ca-certificates bzip2
RUN curl -fsSLo /tini https://github.com/krallin/tini/releases/download/v0.19.0/tini && chmod +x /tini
ENTRYPOINT ["/tini", "--"]
RUN mkdir -p /src
RUN curl -so /tmp/miniconda.sh https://repo.anaconda.com/miniconda/Miniconda3-py310_23.1.0-1-Linux-x86_64.sh \
 && bash /tmp/miniconda.sh -b -p /opt/conda && rm /tmp/miniconda.sh
ENV PATH=/opt/conda/bin:$PATH
ENV PYTHONPATH=/src
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python3", "app.py"]
