# python3-dev from a repository named on the install command: the runner would install
# the interpreter in its place, which is not known to be in that repository
FROM alpine:3.18
RUN apk add --no-cache py3-pip build-base \
    && apk add --no-cache -X http://dl-cdn.alpinelinux.org/alpine/edge/main python3-dev
WORKDIR /app
COPY . .
RUN pip3 install --no-cache-dir -r requirements.txt
CMD ["python3", "scan.py"]
