# the pin the decline of `FROM maven:3` names (the same image, the major in its tag): the
# JRE of that major is a runner the data shows published (Java 26, a feature release)
FROM maven:3.9.16-eclipse-temurin-26
WORKDIR /app
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
