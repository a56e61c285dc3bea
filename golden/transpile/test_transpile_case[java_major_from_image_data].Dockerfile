# maven:3.8.6 names no JDK; the image data knows it was built on Java 17 (and the tag
# no longer moves): the JRE runner of that major
FROM maven:3.8.6 AS builder
WORKDIR /app
COPY . .
RUN mvn package

FROM eclipse-temurin:17-jre
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/target/app.jar /app/target/app.jar
CMD ["java", "-jar", "target/app.jar"]
