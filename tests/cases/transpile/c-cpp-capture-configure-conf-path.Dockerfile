# nginx's configure sends the configuration and the logs outside its prefix
# (--conf-path=/etc/nginx/nginx.conf, --error-log-path=/var/log/nginx/error.log): a copy
# of the prefix would miss mime.types and the log directory, so the build's effect is
# captured in the builder instead
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y wget gcc make libpcre3-dev zlib1g-dev libssl-dev
WORKDIR /tmp
RUN wget http://nginx.org/download/nginx-1.24.0.tar.gz -O nginx.tar.gz && mkdir nginx \
    && tar xf nginx.tar.gz -C nginx --strip-components=1
WORKDIR /tmp/nginx
RUN ./configure --sbin-path=/usr/local/sbin --conf-path=/etc/nginx/nginx.conf \
        --error-log-path=/var/log/nginx/error.log --with-http_ssl_module \
    && make && make install
CMD ["nginx", "-g", "daemon off;"]
