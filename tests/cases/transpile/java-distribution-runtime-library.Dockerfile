FROM debian:bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jdk maven libjpeg62-turbo-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
