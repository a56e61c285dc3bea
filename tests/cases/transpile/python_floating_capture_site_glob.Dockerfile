# a RUN after the build on python:3 whose effect is captured (gettext's msgfmt stays in
# the builder): the capture's listings leave out the system site-packages, which the
# runner copies anyway, by a pattern find reads (python3.*), not the image data's X.Y
FROM python:3
WORKDIR /code
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends gettext
RUN pip install flask==3.0.0
RUN python manage.py compilemessages
RUN apt-get purge -y gettext
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
