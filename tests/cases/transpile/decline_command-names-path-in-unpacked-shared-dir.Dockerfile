# the command names data/input.txt in the final WORKDIR /root, where an archive the
# build unpacks puts it: /root cannot be copied apart from the system, and the runner
# would lack the file (it transpiled to a runner with the program alone)
FROM gcc:12
WORKDIR /root
RUN curl -fsSL https://example.com/data.tgz | tar -xz
COPY . /src
RUN make -C /src && cp /src/prog /usr/local/bin/prog
CMD ["prog", "data/input.txt"]
