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
CMD ["java", "-jar", "/srv/target/server.jar"]
