FROM alpine:3.18
RUN apk add --no-cache openjdk17 maven
WORKDIR /srv
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
