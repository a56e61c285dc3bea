# java.security of the builder's JDK edited before the build (TLSv1 allowed again for an
# old database) and read by no command of the build: the program reads it at run time,
# so the runner's JRE gets the edited file at the same path (it got its own unedited)
FROM maven:3.9-eclipse-temurin-17 AS builder
RUN sed -i "s/TLSv1, TLSv1.1, //" $JAVA_HOME/conf/security/java.security
WORKDIR /app
COPY . .
RUN mvn -q package

FROM eclipse-temurin:17-jre
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/target/app.jar /app/target/app.jar
# edited by the RUN at line 5, read by no command of the build: the program may read it as edited
COPY --from=builder /opt/java/openjdk/conf/security/java.security /opt/java/openjdk/conf/security/java.security
CMD ["java", "-jar", "target/app.jar"]
