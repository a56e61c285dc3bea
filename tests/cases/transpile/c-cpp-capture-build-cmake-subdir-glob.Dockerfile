FROM debian:bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential cmake libjansson-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# the binary's name comes from the CMake project in a subdirectory; a glob copies it onto
# PATH and a link gives it its short name
RUN cmake -S tool -B tool/build -DCMAKE_BUILD_TYPE=Release \
 && cmake --build tool/build \
 && cp tool/build/jqmini* /usr/local/bin/ \
 && ln -s /usr/local/bin/jqmini /usr/local/bin/jm
CMD ["jm", "{\"name\": \"dtranspile\", \"stages\": [\"builder\", \"runner\"]}"]
