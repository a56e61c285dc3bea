FROM ubuntu
RUN apt-get update && apt-get install -y openjdk-17-jdk-headless maven libjpeg-dev
WORKDIR /srv
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
