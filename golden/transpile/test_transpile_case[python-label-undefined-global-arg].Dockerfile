# the LABEL names an ARG declared only before FROM: BuildKit expands it to nothing in the
# original, and the runner's LABEL (the same text) does the same
# (FROM names the tag itself: a FROM chosen by the argument is declined, the runner
# could not follow --build-arg)
ARG BASE_VERSION=3.11-alpine3.19
FROM python:3.11-alpine3.19 AS builder
ARG APP_COMMIT=v1.0.0
RUN apk add --no-cache build-base libffi-dev
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-alpine3.19
RUN apk add --no-cache libffi libgcc libgomp libstdc++
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
ARG APP_COMMIT=v1.0.0
LABEL version="${BASE_VERSION}_${APP_COMMIT}"
CMD ["python3", "app.py"]
