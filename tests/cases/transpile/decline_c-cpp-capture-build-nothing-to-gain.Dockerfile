# the build installs nothing build-only (make and the compiler come with no package the
# runner could leave out): capturing the build saves nothing
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libjansson4 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/* /usr/local/bin/
CMD ["tool"]
