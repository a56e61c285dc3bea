# maven:3 names no JDK and still moves to the next one: a JRE runner cannot follow it
FROM maven:3
WORKDIR /app
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
