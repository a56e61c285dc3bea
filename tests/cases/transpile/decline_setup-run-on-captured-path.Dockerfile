# The setup RUN at line 10 is repeated in the runner (it creates the user), but its
# `chown` changes /opt/conda, which the RUN captured in the builder (line 8) installs into:
# the runner has it only from the captured files, copied after that RUN
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates bzip2
ENV CONDA_DIR=/opt/conda
ENV PATH=$CONDA_DIR/bin:$PATH
RUN curl -so /tmp/miniconda.sh https://repo.anaconda.com/miniconda/Miniconda3-py310_23.1.0-1-Linux-x86_64.sh \
 && bash /tmp/miniconda.sh -b -p $CONDA_DIR && rm /tmp/miniconda.sh
RUN useradd -m -u 1000 app && chown app $CONDA_DIR -R
USER app
WORKDIR /home/app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python3", "app.py"]
