# Oracle's JDK through the webupd8team PPA's installer: no JRE package of the distribution
# is that JDK's, so no JRE runner can be matched
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y software-properties-common maven \
    && add-apt-repository -y ppa:webupd8team/java && apt-get update \
    && echo oracle-java8-installer shared/accepted-oracle-license-v1-1 select true | debconf-set-selections \
    && apt-get install -y oracle-java8-installer
WORKDIR /app
COPY . .
RUN mvn package
CMD ["java", "-jar", "target/app.jar"]
