# `ADD . /leonardo/` comes after the build step and is repeated in the runner only;
# the `mv` after it changes config/, which only that copy brings (the builder has just
# requirements.txt there): it runs in the runner, after the copy, as in the original
# (it once stayed in the builder, where config/ never was, and was declined).
FROM ubuntu:14.04
RUN apt-get update && apt-get install -y python3-pip git build-essential
WORKDIR /leonardo
ADD requirements.txt /leonardo/
RUN pip install -r requirements.txt
ADD . /leonardo/
RUN mv config/leonardo.yaml.example config/leonardo.yaml
EXPOSE 5000
CMD ./run.py
