FROM debian:bookworm AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven fontconfig \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pom.xml .
COPY src ./src
RUN mvn -B package -DskipTests

FROM debian:bookworm-slim
# the packages the original installs for run time
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive && mkdir -p /usr/share/man/man1 && apt-get update && apt-get install -y --no-install-recommends fontconfig openjdk-17-jre-headless && rm -rf /var/lib/apt/lists/* && command -v java >/dev/null
WORKDIR /app
COPY --from=builder /app/target/app-1.0.jar /app/target/app-1.0.jar
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
CMD ["java", "-jar", "target/app-1.0.jar"]
