# tiangolo/uwsgi-nginx-flask:python3.6 (image data from the README tag tables of
# tiangolo/uwsgi-nginx-flask-docker and uwsgi-nginx-docker, down to python:3.6): its
# Python is known, but the image keeps uWSGI, nginx and supervisor of its own, which no
# other runner holds
FROM tiangolo/uwsgi-nginx-flask:python3.6
COPY requirements.txt /
RUN pip install -r /requirements.txt --no-cache-dir
COPY app/ /app/
WORKDIR /app
ENV FLASK_APP=app.py
CMD flask run -h 0.0.0.0 -p 5000
