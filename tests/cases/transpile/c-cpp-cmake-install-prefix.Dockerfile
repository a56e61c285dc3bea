FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends g++ cmake make libcurl4-openssl-dev zlib1g-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build && cmake --install build --prefix /opt/app
ENTRYPOINT ["/opt/app/bin/fetcher"]
