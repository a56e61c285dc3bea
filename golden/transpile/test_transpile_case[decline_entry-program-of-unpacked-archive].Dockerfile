# spark-shell may come from an archive a RUN unpacks, a prebuilt program the Maven
# build does not make
FROM maven:3.9-eclipse-temurin-17
WORKDIR /code
COPY . .
RUN mvn -q package
RUN mkdir /spark && curl -fsSL https://archive.apache.org/dist/spark/spark-3.5.0/spark-3.5.0-bin-hadoop3.tgz | tar -xz -C /spark --strip-components=1
CMD /spark/bin/spark-shell --jars /code/target/app.jar
