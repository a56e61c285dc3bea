# --error-log-path outside the prefix: nginx's install target makes that directory
# (the temp paths before it are run-time paths, not read as install paths); the capture
# window that would copy it cannot run on buildpack-deps:wheezy (its dpkg has no
# --verify)
FROM buildpack-deps:wheezy
COPY nginx /usr/src/nginx
WORKDIR /usr/src/nginx
RUN ./configure --prefix=/usr/local/nginx \
        --http-client-body-temp-path=/var/cache/nginx/client_temp \
        --error-log-path=/var/log/nginx/error.log \
    && make && make install
CMD ["/usr/local/nginx/sbin/nginx", "-g", "daemon off;"]
