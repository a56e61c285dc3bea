# The setup RUN at line 11 creates the user and its `chown` changes /opt/conda, which the
# RUN captured in the builder (line 9) installs into: repeated in the runner it would
# come before the captured files, so it is captured too: /opt/conda comes with its
# owner (by name), and the user through the merge of the builder's records (uid 1000)
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
