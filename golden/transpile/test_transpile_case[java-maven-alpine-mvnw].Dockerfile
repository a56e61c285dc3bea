FROM eclipse-temurin:17-jdk-alpine AS builder
WORKDIR /workspace/app
COPY mvnw .
COPY .mvn .mvn
COPY pom.xml .
COPY src src
RUN ./mvnw install -DskipTests

FROM eclipse-temurin:17-jre-alpine
WORKDIR /workspace/app
COPY --from=builder /workspace/app/target/app-1.0.0.jar /workspace/app/target/app-1.0.0.jar
RUN addgroup -S spring && adduser -S spring -G spring
USER spring
ENTRYPOINT ["java", "-jar", "target/app-1.0.0.jar"]
