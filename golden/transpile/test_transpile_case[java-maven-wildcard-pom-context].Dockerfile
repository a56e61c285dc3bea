# the CMD finds the jar through a wildcard; pom.xml in the build context names it
FROM maven:3.9-eclipse-temurin-21 AS builder
WORKDIR /app
COPY . .
RUN mvn -B package -DskipTests

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=builder /app/target/orders-2.3.1.jar /app/target/orders-2.3.1.jar
EXPOSE 8080
CMD java -jar target/*.jar
