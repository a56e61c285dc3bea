# a sed -i of a source file the build then compiles in its directory is the build's:
# nothing of it is carried to the runner
FROM gcc:12
RUN curl -fsSL https://example.com/tool-1.0.tgz | tar -xz -C /usr/src
RUN sed -i "s/-O2/-O3/" /usr/src/tool-1.0/Makefile
RUN cd /usr/src/tool-1.0 && make && cp tool /usr/local/bin/tool
CMD ["tool"]
