# a RUN the runner repeats (touch of a directory the package file's package brings)
# after a captured RUN that installs a package file: the runner installs that package
# only after its copy of the captured files, so the repeated RUN would not find it
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3-dev
RUN apt-get install -y wget \
    && wget http://example.com/node_latest_amd64.deb \
    && dpkg -i node_latest_amd64.deb \
    && rm node_latest_amd64.deb
RUN apt-get install -y build-essential \
    && npm install -g --unsafe-perm node-red \
    && apt-get autoremove -y build-essential
RUN touch /usr/share/doc/node
WORKDIR /root/.node-red
RUN npm install node-red-node-redis
ENTRYPOINT ["node-red"]
