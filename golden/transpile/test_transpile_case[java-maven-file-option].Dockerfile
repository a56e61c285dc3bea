# mvn -f names the project's pom.xml: its directory is the project's, whose target/ has
# the jar (and -fae, fail at end, is no project option)
FROM maven:3.9-eclipse-temurin-17 AS builder
WORKDIR /src
COPY . .
RUN mvn -B -fae -f service/pom.xml package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /src/service/target/service.jar /src/service/target/service.jar
CMD ["java", "-jar", "/src/service/target/service.jar"]
