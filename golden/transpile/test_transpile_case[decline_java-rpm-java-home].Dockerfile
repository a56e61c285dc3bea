# JAVA_HOME names the JDK's directory on CentOS, which the runner's JRE package may not have
FROM centos:7
RUN yum install -y java-1.8.0-openjdk-devel maven && yum clean all
ENV JAVA_HOME=/usr/lib/jvm/java-1.8.0-openjdk
WORKDIR /app
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
