# pip's --no-cache is its --no-cache-dir (pip takes a long option's unambiguous prefix)
# and the build's packages are removed in the same RUN (2d4a7f7a): a runner on the same
# image with the same packages would keep what the original keeps, so nothing is gained
FROM alpine:3.8
WORKDIR /usr/local/searx
COPY requirements.txt ./requirements.txt
RUN apk -U add build-base python python-dev py-pip libffi-dev ca-certificates \
    && pip install --no-cache -r requirements.txt \
    && apk del build-base python-dev libffi-dev ca-certificates \
    && rm -f /var/cache/apk/*
COPY . .
CMD ["python", "searx/webapp.py"]
