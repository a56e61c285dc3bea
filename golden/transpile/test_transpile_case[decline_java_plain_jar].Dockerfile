FROM gradle:8-jdk17
WORKDIR /app
COPY . .
RUN gradle build
CMD ["java", "-jar", "build/libs/app-plain.jar"]
