# a C/C++ build beside a JDK: the compilers stay in the builder, the JDK (another
# language's toolchain, which the program may run) is installed again in the runner
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential openjdk-17-jdk-headless \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make -C native && cp native/out/libbridge* /usr/local/lib/ && ldconfig
CMD ["java", "-Djava.library.path=/usr/local/lib", "-jar", "app.jar"]
