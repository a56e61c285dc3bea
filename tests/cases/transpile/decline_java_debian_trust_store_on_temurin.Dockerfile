# the program is told to trust Debian's Java store (ca-certificates-java): the Temurin
# JRE runner has its own $JAVA_HOME/lib/security/cacerts and not that path
FROM maven:3-eclipse-temurin-17
WORKDIR /app
COPY . .
RUN mvn -B package -DskipTests
ENV JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=/etc/ssl/certs/java/cacerts"
CMD ["java", "-jar", "target/app-1.0.jar"]
