# conda's installer runs from a script (captured); `conda env create` after it would be
# repeated in the runner, but it comes after the captured RUN, so it joins the capture
# window: --explain no longer says it is repeated (15da255a)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y python3 git wget bzip2
RUN wget https://repo.continuum.io/miniconda/Miniconda3-latest-Linux-x86_64.sh && \
    bash Miniconda3-latest-Linux-x86_64.sh -b
ENV PATH /root/miniconda3/bin:$PATH
COPY environment.yml /
RUN conda env create -f environment.yml
RUN pip install notedown
COPY . /app/
CMD ["jupyter", "notebook"]
