# the build switches apk to the edge/testing repository for a package: the runner
# gets the builder's /etc/apk/repositories and keys before installing it
FROM python:3.11-alpine3.19 AS builder
RUN echo "https://dl-cdn.alpinelinux.org/alpine/edge/testing" >> /etc/apk/repositories \
    && apk add --no-cache rtl-sdr build-base
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-alpine3.19
COPY --from=builder /etc/apk/repositories /etc/apk/repositories
COPY --from=builder /etc/apk/keys /etc/apk/keys
RUN apk add --no-cache libgcc libgomp libstdc++ rtl-sdr
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY . .
CMD ["python", "radio.py"]
