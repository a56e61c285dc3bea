# a company CA imported into the JDK's cacerts before the build: the program trusts it at
# run time, so the runner's JRE gets the keystore as the build left it
FROM maven:3.9-eclipse-temurin-17 AS builder
COPY company-ca.crt /tmp/company-ca.crt
RUN keytool -importcert -noprompt -cacerts -storepass changeit -alias company -file /tmp/company-ca.crt
WORKDIR /app
COPY . .
RUN mvn -q package

FROM eclipse-temurin:17-jre
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/target/app.jar /app/target/app.jar
# edited by the RUN at line 5, read by no command of the build: the program may read it as edited
COPY --from=builder /opt/java/openjdk/lib/security/cacerts /opt/java/openjdk/lib/security/cacerts
CMD ["java", "-jar", "target/app.jar"]
