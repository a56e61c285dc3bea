# the build's apt sources come from the context (a mirror, another component, a
# repository of its own): the runner installs its packages again from the same sources
# and keeps the file, as a RUN writing it would have it (corpus 7389c68d: ADD
# sources.list /etc/apt/sources.list was left in the builder)
FROM ubuntu:16.04
ADD sources.list /etc/apt/sources.list
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev libpcre3-dev libpcre3 git
WORKDIR /src
COPY . .
RUN make
CMD ["./server"]
