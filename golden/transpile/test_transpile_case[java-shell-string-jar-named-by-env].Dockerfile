# the jar runs through an exec-form shell string (the Spring Boot way: JAVA_OPTS read at
# start, the CMD's words passed on with "$@") from a directory an ENV names: the java
# recipe reads the words of the command the string runs, not the shell's, and expands
# the jar's path with the ENV the runner keeps (it declined both before: "java with a
# classpath", "a jar through a variable")
FROM maven:3.9-eclipse-temurin-17 AS builder
ENV APP_DIR=/opt/app
WORKDIR /src
COPY . .
RUN mvn -B package -DskipTests && mkdir -p $APP_DIR && cp target/demo-1.0.jar $APP_DIR/app.jar

FROM eclipse-temurin:17-jre
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/app/app.jar /opt/app/app.jar
# written by the RUN at line 10 and read by no command of the build: the program may read it at run time
COPY --from=builder /opt/app /opt/app
ENV APP_DIR=/opt/app
ENV JAVA_OPTS=""
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar ${APP_DIR}/app.jar \"$@\"", "--"]
CMD ["--server.port=8080"]
