# the builder copies only the requirements file into /app (so it has /app, holding it);
# the rest of the app comes after the build, which the runner repeats over what it
# copies from the builder
FROM alpine:3.19
RUN apk add --update python3 py3-pip python3-dev gcc musl-dev
ADD ./requirements.txt /app/requirements.txt
RUN pip3 install --break-system-packages -r /app/requirements.txt
RUN apk del gcc musl-dev python3-dev
ADD . /app
WORKDIR /app
RUN mkdir /var/log/gunicorn/
EXPOSE 80
ENTRYPOINT ["gunicorn", "app:app", "-c", "/app/gunicorn.py"]
