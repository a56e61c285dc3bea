# a JDK unpacked from a download on a plain image: no package names its major
FROM debian:bookworm
RUN apt-get update && apt-get install -y curl maven \
    && mkdir -p /opt/jdk \
    && curl -fsSL https://example.org/jdk.tar.gz | tar -xz -C /opt/jdk --strip-components=1
ENV JAVA_HOME=/opt/jdk PATH=/opt/jdk/bin:$PATH
WORKDIR /app
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
