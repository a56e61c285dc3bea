# RUNs after the build that stay in the builder run there with the ARG and WORKDIR
# before them, as in the original (the ARG would otherwise be empty there, and the
# relative path would resolve elsewhere)
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./configure --prefix=/opt/app && make && make install
ARG RELEASE
RUN test -n "$RELEASE"
WORKDIR /opt/app
RUN sed -i "s/^release=.*/release=$RELEASE/" etc/app.conf
CMD ["/opt/app/bin/app"]
