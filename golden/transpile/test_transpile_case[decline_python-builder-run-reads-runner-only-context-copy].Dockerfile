# `ADD . /leonardo/` comes after the build step and is repeated in the runner only;
# the `mv` after it writes inside /leonardo, which the runner copies from the builder,
# so it runs in the builder, where config/ was never copied: the builder's build would
# fail at the mv. Declined, naming both lines.
FROM ubuntu:14.04
RUN apt-get update && apt-get install -y python3-pip git build-essential
WORKDIR /leonardo
ADD requirements.txt /leonardo/
RUN pip install -r requirements.txt
ADD . /leonardo/
RUN mv config/leonardo.yaml.example config/leonardo.yaml
EXPOSE 5000
CMD ./run.py
