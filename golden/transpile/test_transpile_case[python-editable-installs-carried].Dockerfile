# pip install -e leaves only a link in site-packages: every directory installed that way
# reaches the runner at the same path, not only the last WORKDIR
FROM python:3.11 AS builder
RUN git clone https://example.org/lib.git /apps/lib
WORKDIR /apps/lib
RUN pip install -e .
RUN git clone https://example.org/app.git /apps/app
WORKDIR /apps/app
RUN pip install -e . && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-slim
WORKDIR /apps/app
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /apps/app /apps/app
COPY --from=builder /apps/lib /apps/lib
COPY --from=builder /opt/console-scripts /usr/local/bin
CMD ["app"]
