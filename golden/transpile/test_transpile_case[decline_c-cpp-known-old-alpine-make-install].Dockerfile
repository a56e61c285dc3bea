# hypriot/rpi-alpine-scratch (latest) is known from its repository (datagen/
# hypriot_alpine_images.py: master's CI built the release its VERSION file named, v3.2,
# and pushed latest and v3.2): an Alpine image, so no Debian tools stage what make
# install adds to /usr/local, and older than Alpine 3.7, whose BusyBox the capture's
# listing was written for (before the data knew it, the image was proven Alpine by its
# apk add and the rewrite's build-time test of the release failed a build the original
# passes)
FROM hypriot/rpi-alpine-scratch
RUN apk add --update tar build-base \
    && wget -qO app.tar.gz http://example.com/app.tar.gz && mkdir app \
    && tar -C app --strip-components=1 -xf app.tar.gz && cd app \
    && sed -i '/extra/d' Makefile && make install && rm -rf /var/cache/apk/*
CMD myserver; echo "myserver has stopped"; exit 1
