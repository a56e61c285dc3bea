# the CMD finds the jar through a wildcard; pom.xml in the build context names it
FROM maven:3.9-eclipse-temurin-21
WORKDIR /app
COPY . .
RUN mvn -B package -DskipTests
EXPOSE 8080
CMD java -jar target/*.jar
