FROM ubuntu:22.04
RUN apt-get update && apt-get install -y default-jdk maven curl tzdata
WORKDIR /srv
COPY . .
RUN mvn package
CMD ["java", "-jar", "/srv/target/server.jar"]
