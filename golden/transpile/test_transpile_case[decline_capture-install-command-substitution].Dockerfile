# the captured RUN installs the packages a file lists ($(grep ...)): which packages they
# are only the build knows, so the runner cannot install them again (and the capture
# leaves the packages' own files out)
FROM ubuntu:18.04
RUN set -x \
    && apt-get update \
    && apt-get install -y curl \
    && curl -sL https://example.org/app.tar.gz | tar xz \
    && cd app \
    && apt-get install -y $(grep -vE "^\s*#" packages.txt | tr "\n" " ") \
    && pip3 install -r requirements.txt
WORKDIR /app
CMD ["./run"]
