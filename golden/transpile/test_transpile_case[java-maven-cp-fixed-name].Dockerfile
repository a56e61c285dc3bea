FROM maven:3.8.6-openjdk-11 AS builder
WORKDIR /build
COPY . .
RUN mvn clean package -DskipTests && cp target/*-SNAPSHOT.jar /build/app.jar

FROM eclipse-temurin:11-jre
WORKDIR /build
# files the program may read at run time (config, templates, static files)
COPY . /build/
COPY --from=builder /build/app.jar /build/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/build/app.jar"]
