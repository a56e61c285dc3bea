# bash is a package the original installs (Alpine has none of its own): the runner
# installs it again, so `bash` is the runner's program, not a console script the build
# created in /usr/local/bin (a COPY of /usr/local/bin/bash failed the runner's build)
FROM python:3.11-alpine AS builder
RUN apk add --no-cache bash build-base && pip install flask && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-alpine
RUN apk add --no-cache bash libgcc libgomp libstdc++
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /opt/console-scripts /usr/local/bin
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v python >/dev/null
COPY app.py .
CMD bash -c "exec python app.py"
