FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven locales \
    && rm -rf /var/lib/apt/lists/*
RUN sed -i 's/^securerandom.source=.*/securerandom.source=file:\/dev\/urandom/' /etc/java-17-openjdk/security/java.security \
    && locale-gen en_US.UTF-8
ENV LANG=en_US.UTF-8
WORKDIR /app
COPY . .
RUN mvn -B package
RUN echo "APP_MODE=prod" >> /etc/environment
CMD ["java", "-jar", "target/app.jar"]
