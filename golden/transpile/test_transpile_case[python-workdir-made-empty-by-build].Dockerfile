# the build only creates the app's directory (mkdir, before the WORKDIR that follows
# the pip build): the runner's WORKDIR and its repeat of the mkdir make it; the
# directory the requirements were copied to is the builder's and is copied as such
FROM python:3.11-alpine3.19 AS builder
RUN mkdir /pip /code
WORKDIR /pip
ADD requirements.txt /pip
RUN apk add --no-cache --virtual build-dependencies gcc musl-dev make && pip install -r requirements.txt && apk del build-dependencies && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-alpine3.19
WORKDIR /code
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /pip /pip
COPY --from=builder /opt/console-scripts /usr/local/bin
RUN mkdir -p /pip /code
CMD ["python", "server.py"]
