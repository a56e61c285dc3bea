# the runner repeats a setup RUN that links to a file only the builder has (an unpacked
# download, not copied): a symbolic link is made whatever it names, but whether it
# finds its file in the runner, as in the original, is not known
FROM golang:1.21-bookworm
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
RUN ln -s /opt/tool/bin/tool /usr/local/bin/tool
ENTRYPOINT ["/usr/local/bin/app"]
