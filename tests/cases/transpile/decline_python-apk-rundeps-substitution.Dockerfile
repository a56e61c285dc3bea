FROM python:3.11-alpine3.19
WORKDIR /code
COPY requirements.txt /config/
# the runtime packages are what scanelf finds in the builder: their names are only
# known there, so the runner's install cannot be written
RUN apk add --no-cache --virtual .build-deps build-base postgresql-dev libffi-dev \
    && pip install -r /config/requirements.txt \
    && runDeps="$( \
        scanelf --needed --nobanner --recursive /usr/local \
                | awk '{ gsub(/,/, "\nso:", $2); print "so:" $2 }' \
                | sort -u \
                | xargs -r apk info --installed \
                | sort -u \
    )" \
    && apk add --virtual .rundeps $runDeps \
    && apk del .build-deps
COPY . /code/
CMD ["python", "app.py"]
