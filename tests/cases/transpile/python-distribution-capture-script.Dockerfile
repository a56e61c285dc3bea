# install.sh runs before the build (its text is not read): it runs in the builder, which
# captures what changed from then on; the runner is the same Ubuntu release
# (a build-only package that stays in the builder: with none, the runner would be the same
# image with the same packages, and the rewrite declines as it gains nothing)
FROM ubuntu:18.04
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev
WORKDIR /root
COPY install.sh /root/
RUN ./install.sh
COPY . /root/app
RUN pip3 install /root/app
CMD ["python3", "-m", "app"]
