FROM debian:bookworm AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jdk maven libjpeg62-turbo-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv
COPY . .
RUN mvn package

FROM debian:bookworm-slim
# the packages the original installs for run time
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive && mkdir -p /usr/share/man/man1 && apt-get update && apt-get install -y --no-install-recommends libjpeg62-turbo openjdk-17-jre && rm -rf /var/lib/apt/lists/* && command -v java >/dev/null
WORKDIR /srv
# files the program may read at run time (config, templates, static files)
COPY . /srv/
COPY --from=builder /srv/target/app.jar /srv/target/app.jar
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["java", "-jar", "target/app.jar"]
