# A RUN after the build copies from a clone made before it (only the builder has it), and
# an RPM image's RUN effects cannot be captured in the builder
FROM centos:7
RUN yum install -y git java-1.8.0-openjdk-devel maven
RUN git clone https://github.com/example/ticket.git
RUN cd ticket && mvn clean package
RUN cp ticket/target/ticket-0.0.1-SNAPSHOT.jar app.jar
RUN cp -R ticket/python /opt/python
ENTRYPOINT ["java", "-jar", "app.jar"]
