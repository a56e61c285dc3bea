# maven:3-openjdk pinned by a digest: the tag names no Java major and is no longer
# published; the image data shows its last image's JDK, which need not be the
# digest's, so no JRE runner of the digest's major is known
FROM maven:3-openjdk@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
WORKDIR /src
COPY . .
RUN mvn -B package
CMD ["java", "-jar", "target/app.jar"]
