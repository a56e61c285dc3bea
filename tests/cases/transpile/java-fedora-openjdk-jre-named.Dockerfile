# Fedora with the JRE named beside Maven (whose dependency brings a JDK): the named JRE
# is installed again, the package owning `java` read in the builder, dnf as the original
FROM fedora:38
RUN dnf install -y java-17-openjdk maven git && dnf clean all
WORKDIR /src
COPY . .
RUN mvn -B package && cp target/app-1.0.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
