# issue 18 with the build context: the script the command runs is read on the
# builder's own alpine tag too, and runs only gunicorn, a console script of the build
# (checked in the runner): transpiled although build-base stays in the builder
FROM python:3.6-alpine
WORKDIR /app
RUN apk --no-cache add build-base postgresql-dev
COPY requirements.txt /app/requirements.txt
RUN pip install -r requirements.txt
COPY . /app
ENTRYPOINT ["/app/bin/run"]
