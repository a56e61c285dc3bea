# make builds in the directory a glob matches, and the install runs after `cd ..`:
# another directory, whose Makefile may install something else than what was built
FROM gcc:13-bookworm
WORKDIR /usr/src
COPY . .
RUN cd greet-*/ && make && cd .. && make install
CMD ["greet"]
