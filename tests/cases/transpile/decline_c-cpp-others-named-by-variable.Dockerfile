# the build installs packages named by a variable with no known value: which of them the
# program needs at run time is not known, and the runner could not install them again
FROM ubuntu:16.04
ARG EXTRA_PACKAGES
RUN apt-get update && apt-get install -y build-essential $EXTRA_PACKAGES
COPY . /src
WORKDIR /src
RUN make
CMD ["./server"]
