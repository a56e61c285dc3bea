# the build copies its jar to a path an ENV names (cp target/*.jar $APP): the copy's
# destination is read with the ENV, so nothing is written in the build directory and
# the runner repeats the context copy rather than copying /src as the build left it
# (target/, the local repository and all)
FROM maven:3.9-eclipse-temurin-17 AS builder
ENV APP=/srv/app.jar
WORKDIR /src
COPY . .
RUN mvn -B package -DskipTests && cp target/demo-1.0.jar $APP

FROM eclipse-temurin:17-jre
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /srv/app.jar /srv/app.jar
ENV APP=/srv/app.jar
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar $APP"]
