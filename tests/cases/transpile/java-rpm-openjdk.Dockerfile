# CentOS's OpenJDK package: the runner is centos:7 itself with the JRE package that owns
# the builder's `java` (read there with rpm -qf), the JDK and Maven left in the builder
FROM centos:7
RUN yum install -y java-1.8.0-openjdk-devel maven && yum clean all
WORKDIR /app
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
