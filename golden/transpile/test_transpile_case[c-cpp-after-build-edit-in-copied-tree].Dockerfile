# the RUN after the build edits files only inside the installed prefix, which the runner
# copies from the builder after the whole build: it is more build work
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./configure --prefix=/opt/app && make && make install
RUN sed -i 's/^port=.*/port=8080/' /opt/app/etc/app.conf \
    && mkdir -p /opt/app/var/cache && cp -R defaults /opt/app/share/ \
    && echo "built" > /opt/app/etc/stamp

FROM debian:bookworm-slim
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/app /opt/app
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["/opt/app/bin/app"]
