# the original upgrades the image's packages, then installs a program it keeps (wget)
# beside its build tools: the runner installs the libraries the binary loads (read in
# the builder) and wget in two RUNs, and only the first replays the upgrade (the
# second, with the same package sources, would find nothing left to upgrade)
FROM debian:bookworm AS builder
RUN apt-get update && apt-get upgrade -y
RUN apt-get install -y build-essential wget openssl libssl-dev
COPY . /usr/local/src/app
RUN cd /usr/local/src/app && ./configure && make && make install

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get upgrade -y && apt-get install -y libssl3 && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y openssl wget && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local /usr/local
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["/usr/local/bin/app"]
