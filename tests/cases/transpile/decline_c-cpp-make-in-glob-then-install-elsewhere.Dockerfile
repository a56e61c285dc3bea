# make builds in the directory a glob matches, and the install runs after `cd ..`:
# another directory, whose Makefile may install something else than what was built (on wheezy, whose dpkg has no --verify, the capture window cannot run the build as written either)
FROM buildpack-deps:wheezy
WORKDIR /usr/src
COPY . .
RUN cd greet-*/ && make && cd .. && make install
CMD ["greet"]
