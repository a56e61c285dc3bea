# libpthreadpool-dev has no known runtime package, so the builder reads the owners of the
# libraries the executables load (and of the .so links of libpthreadpool-dev and of the
# -dev packages it depends on).  The compilers come with their Recommends, the -dev
# package without: the libraries it brought came without theirs, so the runner installs
# the scan's list without Recommends too (a -dev package installed with them would give
# the list theirs)
FROM debian:bookworm
RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends libpthreadpool-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make
CMD ["./vision"]
