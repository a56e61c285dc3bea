# `python setup.py develop` leaves only an .egg-link and an easy-install.pth line in
# site-packages, as pip install -e does: the cloned project (cd app, in no WORKDIR)
# reaches the runner at the same path (draw10: mozilla syncserver)
FROM python:2.7-alpine3.10 AS builder
RUN apk add --no-cache libffi   && apk add --no-cache -t build-dependencies build-base git libffi-dev   && git clone https://github.com/mozilla-services/syncserver app   && cd app   && pip install -r requirements.txt   && apk del build-dependencies   && python ./setup.py develop && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:2.7-alpine3.10
RUN apk add --no-cache libffi libgcc libstdc++
COPY --from=builder /usr/local/bin/gunicorn /usr/local/bin/gunicorn
COPY --from=builder /usr/local/lib/python2.7/site-packages /usr/local/lib/python2.7/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
EXPOSE 5000
CMD ["/usr/local/bin/gunicorn", "--paste", "/app/syncserver.ini"]
