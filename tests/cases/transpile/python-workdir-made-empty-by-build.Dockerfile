# the build only creates the app's directory (mkdir, before the WORKDIR that follows
# the pip build): the runner's WORKDIR and its repeat of the mkdir make it; the
# directory the requirements were copied to is the builder's and is copied as such
FROM python:3.11-alpine3.19
RUN mkdir /pip /code
WORKDIR /pip
ADD requirements.txt /pip
RUN apk add --no-cache --virtual build-dependencies gcc musl-dev make && pip install -r requirements.txt && apk del build-dependencies
WORKDIR /code
CMD ["python", "server.py"]
