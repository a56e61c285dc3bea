# the -dev packages come in a virtual group the same RUN removes: the original keeps only
# what the explicit packages and the libraries' users pull in, and the runner reads what
# the compiled modules load in the builder
# (a build-only package that stays in the builder: with none, the runner would be the same
# image with the same packages, and the rewrite declines as it gains nothing)
FROM alpine:3.19
WORKDIR /srv/bot
COPY . .
RUN apk add --no-cache python3 py3-pip ffmpeg make \
    && apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev libsodium-dev python3-dev \
    && pip3 install --break-system-packages --no-cache-dir -r requirements.txt \
    && apk del .build-deps
ENTRYPOINT ["python3", "run.py"]
