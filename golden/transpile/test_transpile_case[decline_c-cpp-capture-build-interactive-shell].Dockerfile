# a C/C++ build whose command starts a shell: the image is a toolbox, every tool of the
# builder may be used
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/* /usr/local/bin/
CMD ["bash"]
