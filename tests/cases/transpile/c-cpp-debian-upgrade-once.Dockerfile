# the original upgrades the image's packages, then installs a program it keeps (wget)
# beside its build tools: the runner installs the libraries the binary loads (read in
# the builder) and wget in two RUNs, and only the first replays the upgrade (the
# second, with the same package sources, would find nothing left to upgrade)
FROM debian:bookworm
RUN apt-get update && apt-get upgrade -y
RUN apt-get install -y build-essential wget openssl libssl-dev
COPY . /usr/local/src/app
RUN cd /usr/local/src/app && ./configure && make && make install
CMD ["/usr/local/bin/app"]
