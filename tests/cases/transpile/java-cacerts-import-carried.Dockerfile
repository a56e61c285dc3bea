# a company CA imported into the JDK's cacerts before the build: the program trusts it at
# run time, so the runner's JRE gets the keystore as the build left it
FROM maven:3.9-eclipse-temurin-17
COPY company-ca.crt /tmp/company-ca.crt
RUN keytool -importcert -noprompt -cacerts -storepass changeit -alias company -file /tmp/company-ca.crt
WORKDIR /app
COPY . .
RUN mvn -q package
CMD ["java", "-jar", "target/app.jar"]
