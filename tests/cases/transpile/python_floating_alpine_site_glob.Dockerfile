# python:alpine names no Python X.Y either: the runner is the builder's own tag (it
# floats with it), which gets the build's site-packages by a RUN --mount that writes no
# X.Y, and the runtime library of the -dev package
FROM python:alpine
RUN apk add --no-cache --virtual .build-deps gcc musl-dev postgresql-dev
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt && apk del .build-deps
COPY . .
USER nobody
CMD ["gunicorn", "app:app"]
