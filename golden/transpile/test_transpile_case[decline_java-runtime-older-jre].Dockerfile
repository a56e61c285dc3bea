# --runtime eclipse-temurin:11-jre for a JDK 17 build: the classes are compiled for the
# JDK's default target (the pom that could lower it is not read), which Java 11 refuses
FROM maven:3.9-eclipse-temurin-17 AS builder
WORKDIR /app
COPY pom.xml .
COPY src ./src
RUN mvn -B package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=builder /app/target/app.jar /app/target/app.jar
CMD ["java", "-jar", "target/app.jar"]
