FROM python:3.11-alpine3.19 AS builder
RUN apk add --no-cache gcc musl-dev postgresql-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-alpine3.19
RUN apk add --no-cache libgomp libpq
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY . .
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
