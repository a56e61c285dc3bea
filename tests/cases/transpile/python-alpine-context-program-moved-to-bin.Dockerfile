# a script of the build context moved into /bin (wait-for): what it is is not known
# here, so the runner gets it at the same path and tests it there (a script's
# interpreter, an ELF file's libraries) (corpus 07a8816a)
FROM python:3.12-alpine
RUN apk add --no-cache libpq
RUN apk add --no-cache --virtual .build-deps gcc musl-dev postgresql-dev
WORKDIR /usr/src/app
COPY . .
RUN mv wait-for /bin/wait-for
RUN pip install --no-cache-dir -r requirements.txt
RUN apk del .build-deps
CMD ["gunicorn", "mysite.wsgi", "0:8000"]
