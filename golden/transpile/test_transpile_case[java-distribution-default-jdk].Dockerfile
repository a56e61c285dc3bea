FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y default-jdk maven curl tzdata
WORKDIR /srv
COPY . .
RUN mvn package

FROM ubuntu:22.04
# the packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && mkdir -p /usr/share/man/man1 && apt-get update && apt-get install -y curl default-jre tzdata && rm -rf /var/lib/apt/lists/* && command -v java >/dev/null
WORKDIR /srv
# files the program may read at run time (config, templates, static files)
COPY . /srv/
COPY --from=builder /srv/target/server.jar /srv/target/server.jar
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["java", "-jar", "/srv/target/server.jar"]
