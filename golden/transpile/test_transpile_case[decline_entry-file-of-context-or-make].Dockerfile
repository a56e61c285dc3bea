# src/kids is in the directory COPY . fills from the context, and make ran there: which
# of the two wrote it, and what it is, is not known without the context (on wheezy, whose dpkg has no --verify, the capture window cannot run the build as written either)
FROM buildpack-deps:wheezy
WORKDIR /kids
COPY . /kids
RUN ./autogen.sh && ./configure && make
CMD ["src/kids", "-c", "/kids/kids.conf"]
