# CentOS's OpenJDK package: no Java runner of the same RPM image is built yet
FROM centos:7
RUN yum install -y java-1.8.0-openjdk-devel maven && yum clean all
WORKDIR /app
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
