FROM ubuntu:20.04
RUN apt-get update && apt-get install -y openjdk-8-jdk openjdk-11-jdk maven
WORKDIR /srv
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
