# a script of the build context runs before the build: the packages it installs (the
# libraries the program links) are not read, and the runner's runtime packages come
# from the -dev packages the Dockerfile names
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y build-essential libssl-dev wget
ADD install-deps.sh /root/install-deps.sh
RUN sh /root/install-deps.sh
COPY . /usr/src/app
WORKDIR /usr/src/app
RUN ./configure && make && make install
CMD ["/usr/local/bin/app"]
