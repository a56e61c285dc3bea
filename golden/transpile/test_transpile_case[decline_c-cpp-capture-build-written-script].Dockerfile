# the command runs a launcher the build writes through a redirection: a script whose
# programs are not read (here it runs make, which stays in the builder)
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /srv/app
COPY . .
RUN make && echo "cd /srv/app && make run" > /usr/local/bin/launch && chmod +x /usr/local/bin/launch
CMD ["/usr/local/bin/launch"]
