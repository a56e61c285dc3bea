FROM gradle:8.5-jdk21 AS builder
WORKDIR /home/gradle/project
COPY . .
RUN gradle bootJar --no-daemon

FROM eclipse-temurin:21-jre
WORKDIR /home/gradle/project
# files the program may read at run time (config, templates, static files)
COPY . /home/gradle/project/
COPY --from=builder /home/gradle/project/build/libs/demo-0.0.1-SNAPSHOT.jar /home/gradle/project/build/libs/demo-0.0.1-SNAPSHOT.jar
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
CMD ["java", "-jar", "build/libs/demo-0.0.1-SNAPSHOT.jar"]
