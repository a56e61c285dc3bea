FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven locales \
    && rm -rf /var/lib/apt/lists/*
RUN sed -i 's/^securerandom.source=.*/securerandom.source=file:\/dev\/urandom/' /etc/java-17-openjdk/security/java.security \
    && locale-gen en_US.UTF-8
ENV LANG=en_US.UTF-8
WORKDIR /app
COPY . .
RUN mvn -B package

FROM ubuntu:22.04
# the packages the original installs for run time
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive && mkdir -p /usr/share/man/man1 && apt-get update && apt-get install -y --no-install-recommends locales openjdk-17-jre-headless && rm -rf /var/lib/apt/lists/* && command -v java >/dev/null
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/target/app.jar /app/target/app.jar
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# in /, where the builder ran it (the runner's WORKDIR is /app)
# hadolint ignore=DL3003
RUN cd / && sed -i 's/^securerandom.source=.*/securerandom.source=file:\/dev\/urandom/' /etc/java-17-openjdk/security/java.security     && locale-gen en_US.UTF-8
ENV LANG=en_US.UTF-8
RUN echo "APP_MODE=prod" >> /etc/environment
CMD ["java", "-jar", "target/app.jar"]
