# issue 18, what works either way: the script of the build context is not read (no
# context), and the only packages the runner leaves out (the .build-deps group) the
# original removes itself before its end, so its own script cannot run them either;
# bash and curl, which it keeps, the runner installs again
FROM python:3.6-alpine AS builder
WORKDIR /app
RUN apk --no-cache add bash curl
COPY requirements.txt /app/requirements.txt
RUN apk --no-cache add --virtual .build-deps build-base openssl-dev     && pip install -r requirements.txt     && apk del .build-deps && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.6-alpine
RUN apk add --no-cache bash curl libgcc libstdc++ openssl
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/lib/python3.6/site-packages /usr/local/lib/python3.6/site-packages
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY . /app
ENTRYPOINT ["/app/bin/run"]
CMD ["web"]
