# A RUN after the build copies from a clone made before it (only the builder has it):
# it runs in the builder and its effect is captured for the runner, not repeated there
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y git openjdk-8-jdk maven
RUN git clone https://github.com/example/ticket.git
RUN cd ticket && mvn clean package
RUN cp ticket/target/ticket-0.0.1-SNAPSHOT.jar app.jar
RUN cp -R ticket/python /opt/python
ENTRYPOINT ["java","-jar","app.jar"]
