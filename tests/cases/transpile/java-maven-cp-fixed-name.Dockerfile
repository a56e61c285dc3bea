FROM maven:3.8.6-openjdk-11
WORKDIR /build
COPY . .
RUN mvn clean package -DskipTests && cp target/*-SNAPSHOT.jar /build/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/build/app.jar"]
