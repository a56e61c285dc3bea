# the command runs a script of a tree a `git clone` wrote: the checkout is carried whole
# to the runner beside site-packages (before, no copy carried it and this declined)
FROM python:3.11-alpine3.19
RUN apk add --no-cache git build-base libffi-dev
RUN git clone --depth 1 https://github.com/example/app.git /app/app
RUN pip3 install --no-cache-dir -r /app/app/requirements.txt
CMD ["python3", "/app/app/main.py"]
