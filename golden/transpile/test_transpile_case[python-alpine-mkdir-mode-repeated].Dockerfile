# `mkdir -p -m 777 ...` runs in / and is repeated in the runner, whose WORKDIR is /app:
# its relative operands are made absolute, but 777 is the value of -m, not a path (it
# became `-m /777`, an invalid mode that failed the runner's build)
FROM python:3.11-alpine AS builder
RUN apk add --no-cache build-base && pip install flask && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-alpine
RUN apk add --no-cache libgcc libgomp libstdc++
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /opt/console-scripts /usr/local/bin
RUN mkdir -p -m 777 /data /logs
COPY app.py .
CMD ["python", "app.py"]
