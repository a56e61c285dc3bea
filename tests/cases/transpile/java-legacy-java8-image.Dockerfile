# java:8 is the deprecated name of openjdk:8: the runner is the Java 8 JRE
FROM java:8
RUN apt-get update && apt-get install -y maven
WORKDIR /code
COPY pom.xml /code/pom.xml
RUN ["mvn", "dependency:resolve"]
COPY src /code/src
RUN ["mvn", "package"]
EXPOSE 4567
CMD ["java", "-jar", "target/sparkexample-jar-with-dependencies.jar"]
