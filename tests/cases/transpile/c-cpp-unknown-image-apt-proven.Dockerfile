# make install into /usr/local of an image the data does not know (it may keep files of
# its own there): the apt-get install at line 5 proves it Debian-family, so the build
# runs in a capture window and the runner is that very image without build-essential
FROM acme/toolbox:3
RUN apt-get update && apt-get install -y build-essential libssl-dev
WORKDIR /src
COPY . .
RUN ./configure && make && make install
CMD ["mytool", "--serve"]
