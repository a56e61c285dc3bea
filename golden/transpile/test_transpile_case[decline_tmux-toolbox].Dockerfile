# a terminal multiplexer as the command: its windows are interactive shells, so the
# container is a toolbox whose users may run any tool of the builder (the compilers the
# runner would leave out): judged as `CMD bash` is
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends tmux gcc make libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && make install
CMD ["tmux"]
