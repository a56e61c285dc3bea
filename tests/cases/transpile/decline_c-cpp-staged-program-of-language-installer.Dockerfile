# nginx built with make install into the perl image's /usr/local, and the command runs
# `prove`, which cpanm put in /usr/local/bin with #!/usr/local/bin/perl: the image's own
# perl, which neither the staged copy nor a debian slim runner holds (c6f917a3).
FROM perl:5.38
RUN cpanm Test::Nginx
COPY module /root/module/
RUN curl -fSL http://nginx.org/download/nginx-1.24.0.tar.gz -o nginx.tar.gz \
    && tar zxf nginx.tar.gz && cd nginx-1.24.0 \
    && ./configure --add-module=/root/module && make && make install
COPY t/ /root/module/t/
WORKDIR /root/module
ENV TEST_NGINX_BINARY /usr/local/nginx/sbin/nginx
CMD prove -v t/
