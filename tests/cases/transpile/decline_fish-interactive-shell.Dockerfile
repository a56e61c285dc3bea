# `CMD [ "fish" ]` starts fish, an interactive shell though no command reader follows
# fish scripts: a toolbox whose users had the compilers the runner would leave out
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends fish make gcc libc6-dev
COPY . /usr/src
WORKDIR /usr/src
RUN make install
CMD [ "fish" ]
