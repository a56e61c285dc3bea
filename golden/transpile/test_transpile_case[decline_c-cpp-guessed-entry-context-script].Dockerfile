# The build does not show what `make` in /src makes, so the program the command names
# would be taken for its output; /src/run.sh, which the COPY of the build context puts
# there, is the context's shell script: not read without --context, and the runner
# has only the build's output and the libraries it loads
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y build-essential libssl-dev
COPY . /src
RUN cd /src && make
ENTRYPOINT ["/src/run.sh"]
