# The build context goes to a scratch directory the same RUN removes after the build:
# the original has none of those files at run time, so the runner does not copy the
# context again.
FROM maven:3.9-eclipse-temurin-17
ADD . /tmp/build/
RUN cd /tmp/build && mvn -q package -DskipTests && mv target/app.jar /app.jar && cd / && rm -rf /tmp/build
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app.jar"]
