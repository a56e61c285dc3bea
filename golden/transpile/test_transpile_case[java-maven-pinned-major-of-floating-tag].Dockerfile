# the pin the decline of `FROM maven:3` names (the same image, the major in its tag): the
# JRE of that major is a runner the data shows published (Java 26, a feature release)
FROM maven:3.9.16-eclipse-temurin-26 AS builder
WORKDIR /app
COPY . .
RUN mvn package

FROM eclipse-temurin:26-jre
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/target/app.jar /app/target/app.jar
CMD ["java", "-jar", "target/app.jar"]
