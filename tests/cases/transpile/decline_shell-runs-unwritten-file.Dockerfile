# `sh target/bin/webapp`: the shell runs a file the Maven build does not show it writes
# (a plugin of the unread pom.xml): its programs are not read
FROM maven:3.9-eclipse-temurin-17
WORKDIR /code
COPY pom.xml .
COPY src src
RUN mvn package
CMD ["sh", "target/bin/webapp"]
