# `service apache2 restart` in the captured RUNs makes /run/apache2 and /run/lock/apache2,
# which `apache2 -D FOREGROUND` needs: /run is captured like any other directory (a RUN
# has no tmpfs there), and apache2 writes no data the runner's own install makes
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential apache2 apache2-dev curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && make install && a2enmod hello
RUN service apache2 restart && curl -f http://127.0.0.1/hello
ENV APACHE_RUN_USER=www-data APACHE_RUN_GROUP=www-data APACHE_PID_FILE=/var/run/apache2/apache2.pid \
    APACHE_RUN_DIR=/var/run/apache2 APACHE_LOCK_DIR=/var/lock/apache2 APACHE_LOG_DIR=/var/log/apache2
CMD ["/usr/sbin/apache2", "-D", "FOREGROUND"]
