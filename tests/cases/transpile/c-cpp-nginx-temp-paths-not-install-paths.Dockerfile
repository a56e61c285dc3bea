# nginx's --http-*-temp-path and --lock-path name paths nginx itself uses when it runs;
# its install target neither writes nor creates them, so the prefix /usr/local/nginx
# (which holds the sbin, conf, log and pid paths by default) is what the runner copies
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev libpcre2-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
COPY nginx /usr/src/nginx
WORKDIR /usr/src/nginx
RUN ./configure --prefix=/usr/local/nginx \
        --http-client-body-temp-path=/var/tmp/nginx-client-body \
        --http-proxy-temp-path=/var/tmp/nginx-proxy \
        --lock-path=/var/run/nginx.lock \
    && make && make install
EXPOSE 80
CMD ["/usr/local/nginx/sbin/nginx", "-g", "daemon off;"]
