FROM python:3.11-alpine3.19 AS builder
RUN apk add --no-cache gcc musl-dev libffi-dev
WORKDIR /opt/app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
# a loop over a glob whose pip installs go to the default site-packages (the loop
# variable is only the value of -r)
RUN for d in app/plugins/*; do         if [ -f "$d/requirements.txt" ]; then             pip install --no-cache-dir -r "$d/requirements.txt";         fi;     done && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-alpine3.19
RUN apk add --no-cache libffi libgomp
WORKDIR /opt/app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /opt/app /opt/app
COPY --from=builder /opt/console-scripts /usr/local/bin
CMD ["python", "serve.py"]
