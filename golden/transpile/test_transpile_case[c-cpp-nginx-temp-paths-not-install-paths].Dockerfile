# nginx's --http-*-temp-path and --lock-path name paths nginx itself uses when it runs;
# its install target neither writes nor creates them, so the prefix /usr/local/nginx
# (which holds the sbin, conf, log and pid paths by default) is what the runner copies
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev libpcre2-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
COPY nginx /usr/src/nginx
WORKDIR /usr/src/nginx
RUN ./configure --prefix=/usr/local/nginx \
    --http-client-body-temp-path=/var/tmp/nginx-client-body \
    --http-proxy-temp-path=/var/tmp/nginx-proxy \
    --lock-path=/var/run/nginx.lock \
    && make && make install

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libpcre2-16-0 libpcre2-32-0 libpcre2-8-0 libpcre2-posix3 zlib1g && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/nginx
# files the program may read at run time (config, templates, static files)
COPY nginx /usr/src/nginx
COPY --from=builder /usr/local/nginx /usr/local/nginx
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
EXPOSE 80
CMD ["/usr/local/nginx/sbin/nginx", "-g", "daemon off;"]
