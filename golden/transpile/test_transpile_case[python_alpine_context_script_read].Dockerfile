# issue 18 with the build context: the script the command runs is read on the
# builder's own alpine tag too, and runs only gunicorn, a console script of the build
# (checked in the runner): transpiled although build-base stays in the builder
FROM python:3.6-alpine AS builder
WORKDIR /app
RUN apk --no-cache add build-base postgresql-dev
COPY requirements.txt /app/requirements.txt
RUN pip install -r requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.6-alpine
RUN apk add --no-cache libgcc libgomp libpq libstdc++
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.6/site-packages /usr/local/lib/python3.6/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /usr/local/bin/gunicorn /usr/local/bin/gunicorn
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN test -x /bin/sh
COPY . /app
ENTRYPOINT ["/app/bin/run"]
