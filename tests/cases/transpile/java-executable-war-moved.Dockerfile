# an executable war (Spring Boot, JHipster) moved out of target/ by a wildcard and run
# with java -jar; the guide's `RUN sh -c 'touch /app.war'` after it only writes the war
# (a shell string's commands are read as the string's): the runner copies /app.war and
# the configuration the build moved beside it (the war declined before as "no
# recognised build step writes" it, and the sh -c as an effect to capture)
FROM openjdk:8
ADD . /code/
RUN cd /code/ && ./mvnw clean package -Pprod -DskipTests && \
    mv /code/target/*.war /app.war && \
    mv /code/src/main/resources/config/application-docker.yml /application-docker.yml && \
    rm -Rf /code /root/.m2/
RUN sh -c 'touch /app.war'
EXPOSE 8080
CMD ["java", "-Djava.security.egd=file:/dev/./urandom", "-jar", "/app.war"]
