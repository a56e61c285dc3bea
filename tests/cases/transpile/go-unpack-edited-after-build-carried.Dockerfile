# a RUN after the build edits a file of an archive unpacked before it (sed -i): the edit
# prepares the file for the program and reads nothing of the unpack for the build, so
# the unpack is there for the program: the runner copies /opt/site whole, as edited, not
# the edited file alone (the sed's operand was taken for a read by the build before)
FROM golang:1.21-bookworm
RUN mkdir -p /opt/site && curl -fsSL https://x/site.tgz | tar -xz -C /opt/site
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
RUN sed -i 's/^port = .*/port = 8080/' /opt/site/site.conf
CMD ["server"]
