# IHaskell's image (corpus e8451d79): the command runs `stack exec`, which runs GHC,
# and GHC compiles with gcc and links the -dev packages' libraries (GHCi's
# `extra-libraries: zmq` is found through `gcc --print-file-name`): a runner that
# leaves gcc, g++ and libzmq3-dev in the builder fails at the kernel's first load
FROM ubuntu:14.04
RUN apt-get update && apt-get install -y python-dev python-setuptools libzmq3-dev gcc g++
RUN easy_install -U pip && pip install -U jupyter
RUN apt-get install -y haskell-stack
WORKDIR /ihaskell
COPY . /ihaskell
RUN stack setup && stack install
ENTRYPOINT stack exec -- jupyter notebook --NotebookApp.port=8888
EXPOSE 8888
