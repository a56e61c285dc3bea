# mvn -f names the project's pom.xml: its directory is the project's, whose target/ has
# the jar (and -fae, fail at end, is no project option)
FROM maven:3.9-eclipse-temurin-17
WORKDIR /src
COPY . .
RUN mvn -B -fae -f service/pom.xml package -DskipTests
CMD ["java", "-jar", "/src/service/target/service.jar"]
