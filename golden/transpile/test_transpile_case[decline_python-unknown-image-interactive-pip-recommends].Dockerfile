# The image is chosen by a global ARG and proven Debian-family by the RUN at line 7; the
# command is an interactive shell, so every tool of the original may be used.  Nothing
# is left in the builder, but the runner installs python3-pip without its Recommends
# (build-essential, python3-dev, python3-setuptools), which the original's apt installed
ARG BASE_IMAGE
FROM registry.example.com/acme/gpu-base:$BASE_IMAGE
RUN apt-get update && apt-get -y install python3-pip git wget
WORKDIR /app
COPY requirements.txt /app/
RUN pip3 install -r requirements.txt
COPY . /app
CMD ["/bin/bash"]
