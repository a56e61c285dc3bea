# python:3.4 (Debian stretch) has libjpeg62-turbo-dev and libfreetype6-dev already: the
# original's apt-get install runs without apt-get update and fetches nothing. The slim
# runner would have to install libjpeg62-turbo and libfreetype6 with apt-get update, and
# stretch's index is gone from deb.debian.org (HTTP 404): declined
FROM python:3.4
WORKDIR /app
RUN apt-get install -y libjpeg62-turbo-dev libfreetype6 libfreetype6-dev
COPY . /app
RUN pip install -r requirements.txt
CMD python manage.py runserver
