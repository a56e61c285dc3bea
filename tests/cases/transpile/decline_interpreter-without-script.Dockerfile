# `CMD ["python"]` starts an interactive interpreter beside a Maven build: the code its
# users run is not known
FROM maven:3.9-eclipse-temurin-17
RUN apt-get update && apt-get install -y python3 python-is-python3 python3-pip
WORKDIR /app
COPY . .
RUN mvn -q package
CMD ["python"]
