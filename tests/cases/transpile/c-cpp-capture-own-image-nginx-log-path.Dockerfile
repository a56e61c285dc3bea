# --error-log-path outside the prefix: nginx's install target makes that directory
# (the temp paths before it are run-time paths, not read as install paths); on gcc:12,
# whose /usr/local holds the compiler, the build runs in a capture window on that very
# image, the runner: the libraries nginx loads are read in the builder and installed
FROM gcc:12
RUN apt-get update && apt-get install -y --no-install-recommends make libpcre2-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
COPY nginx /usr/src/nginx
WORKDIR /usr/src/nginx
RUN ./configure --prefix=/usr/local/nginx \
        --http-client-body-temp-path=/var/cache/nginx/client_temp \
        --error-log-path=/var/log/nginx/error.log \
    && make && make install
CMD ["/usr/local/nginx/sbin/nginx", "-g", "daemon off;"]
