# maven:3.8.6 names no JDK; the image data knows it was built on Java 17 (and the tag
# no longer moves): the JRE runner of that major
FROM maven:3.8.6
WORKDIR /app
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
