# libpthreadpool-dev (no known runtime package) installed with its Recommends: apt brought
# those of the library packages it depends on too, so the runner installs the packages
# the builder's scan lists with their Recommends
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y libpthreadpool-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make
CMD ["./vision"]
