# `git clone URL` (no directory word) checks out into a directory named after the URL,
# here /webapp (the RUN runs in /): the final WORKDIR /webapp is that checkout, which the
# runner copies from the builder. The post-condition reads the same clone (one reader,
# source_trees.clone_destination), so the copy is known to be produced.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y git python3-pip python3-dev gcc
RUN git clone --depth 1 https://github.com/example/webapp.git \
    && cd webapp \
    && pip3 install -r requirements.txt
WORKDIR /webapp
EXPOSE 8000
CMD ["python3", "/webapp/server.py"]
