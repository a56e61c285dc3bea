# the program's name comes from the ENTRYPOINT only, so its make directory is copied whole
# from the builder; the context is not copied there again first: the build removed
# /src/.build, which a copy of the context would bring back (corpus 949279f1)
FROM debian:bookworm
COPY . /src
RUN apt-get update && apt-get install -y make gcc && cd /src && make && rm -rf /src/.build
ENTRYPOINT ["/src/exporter"]
