# java.security of the builder's JDK edited before the build (TLSv1 allowed again for an
# old database) and read by no command of the build: the program reads it at run time,
# so the runner's JRE gets the edited file at the same path (it got its own unedited)
FROM maven:3.9-eclipse-temurin-17
RUN sed -i "s/TLSv1, TLSv1.1, //" $JAVA_HOME/conf/security/java.security
WORKDIR /app
COPY . .
RUN mvn -q package
CMD ["java", "-jar", "target/app.jar"]
