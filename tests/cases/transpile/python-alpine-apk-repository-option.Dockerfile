# a package from a repository named on the install command alone (apk -X): the runner
# installs it with the same repository option, after the other packages
FROM alpine:3.18
RUN apk add --no-cache python3 py3-pip build-base python3-dev \
    && apk add --no-cache --repository http://dl-cdn.alpinelinux.org/alpine/edge/testing yara
WORKDIR /app
COPY . .
RUN pip3 install --no-cache-dir -r requirements.txt
CMD ["python3", "scan.py"]
