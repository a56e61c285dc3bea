# `python setup.py develop` leaves only an .egg-link and an easy-install.pth line in
# site-packages, as pip install -e does: the cloned project (cd app, in no WORKDIR)
# reaches the runner at the same path (draw10: mozilla syncserver)
FROM python:2.7-alpine3.10
RUN apk add --no-cache libffi \
  && apk add --no-cache -t build-dependencies build-base git libffi-dev \
  && git clone https://github.com/mozilla-services/syncserver app \
  && cd app \
  && pip install -r requirements.txt \
  && apk del build-dependencies \
  && python ./setup.py develop
EXPOSE 5000
CMD ["/usr/local/bin/gunicorn", "--paste", "/app/syncserver.ini"]
