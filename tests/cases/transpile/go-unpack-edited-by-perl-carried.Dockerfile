# a RUN after the build edits a file of an archive unpacked before it with perl -pi, as
# sed -i does: the edit prepares the file for the program and reads nothing of the unpack
# for the build, so the runner copies /opt/site whole, as edited (perl's operand was
# taken for a read before, and the edited file alone reached the runner)
FROM golang:1.21-bookworm
RUN mkdir -p /opt/site && curl -fsSL https://x/site.tgz | tar -xz -C /opt/site
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
RUN perl -pi -e 's/^port = .*/port = 8080/' /opt/site/site.conf
CMD ["server"]
