FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./configure && make && make install
CMD ["myserver", "--port", "8080"]
