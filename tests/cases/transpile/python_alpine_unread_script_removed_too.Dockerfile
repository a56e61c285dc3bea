# issue 18, what works either way: the script of the build context is not read (no
# context), and the only packages the runner leaves out (the .build-deps group) the
# original removes itself before its end, so its own script cannot run them either;
# bash and curl, which it keeps, the runner installs again
FROM python:3.6-alpine
WORKDIR /app
RUN apk --no-cache add bash curl
COPY requirements.txt /app/requirements.txt
RUN apk --no-cache add --virtual .build-deps build-base openssl-dev \
    && pip install -r requirements.txt \
    && apk del .build-deps
COPY . /app
ENTRYPOINT ["/app/bin/run"]
CMD ["web"]
