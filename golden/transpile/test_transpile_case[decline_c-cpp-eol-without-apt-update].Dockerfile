# ubuntu:12.10, end of life, and the original never runs apt-get update (its image's
# package lists, if any, serve it): the runner's install of the packages read in the
# builder would need the package index, so the table route declines as before
FROM ubuntu:12.10
RUN apt-get install -y gcc libc6-dev
COPY hello.c /src/hello.c
RUN gcc -O2 -o /usr/local/bin/hello /src/hello.c
CMD ["hello"]
