# the final WORKDIR (/root) is set after the build and nothing of the build is there:
# the runner's WORKDIR makes it (it is not copied from the builder)
FROM debian:12
RUN apt-get update && apt-get install --no-install-recommends -y git build-essential qt6-base-dev qmake6 par2 ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY . /usr/src/ngPost
WORKDIR /usr/src/ngPost/src
RUN qmake6 && make -j4
RUN ln -s /usr/src/ngPost/src/ngPost /usr/local/bin/ngPost
WORKDIR /root
VOLUME /root/files
ENTRYPOINT [ "ngPost" ]
