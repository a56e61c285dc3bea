# a third-party apt repository without its key: the runner installs fish from it
# again, with the original's --force-yes (jessie's apt stops without it); the command runs
# fish with a command of its own (a bare `fish` would be an interactive shell: declined)
FROM debian:jessie
WORKDIR /tmp
RUN echo "deb http://download.opensuse.org/repositories/shells:/fish:/nightly:/master/Debian_8.0/ /" >> /etc/apt/sources.list.d/fish.list \
	&& apt-get update && apt-get install -y --force-yes --no-install-recommends \
		fish ca-certificates curl make \
	&& rm -rf /var/lib/apt/lists/*
COPY . /usr/src
WORKDIR /usr/src
RUN make install
CMD [ "fish", "-c", "hello" ]
