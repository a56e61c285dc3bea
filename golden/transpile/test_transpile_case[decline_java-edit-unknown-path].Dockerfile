# java.security edited through $JAVA_HOME, which the image data does not show for this
# maven tag: which file the edit is, and whether the runner would read it, is not known
FROM maven:3.8-openjdk-17
RUN sed -i "s/TLSv1, TLSv1.1, //" $JAVA_HOME/conf/security/java.security
WORKDIR /app
COPY . .
RUN mvn -q package
CMD ["java", "-jar", "target/app.jar"]
