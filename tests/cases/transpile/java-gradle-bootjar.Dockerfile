FROM gradle:8.5-jdk21
WORKDIR /home/gradle/project
COPY . .
RUN gradle bootJar --no-daemon
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
CMD ["java", "-jar", "build/libs/demo-0.0.1-SNAPSHOT.jar"]
