# the command runs entrypoint.sh, a script the git clone brought: no compiler writes a
# file so named, and the programs it runs (the build's outputs beside it) are not known
FROM ubuntu:bionic
RUN apt-get update && apt-get install -y git g++ make wget libgflags-dev
RUN git clone https://github.com/google/functionsimsearch.git /code && cd /code && make
RUN chmod +x /code/entrypoint.sh
ENTRYPOINT ["/code/entrypoint.sh"]
