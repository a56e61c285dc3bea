# the build switches apk to the edge/testing repository for a package: the runner
# gets the builder's /etc/apk/repositories and keys before installing it
FROM python:3.11-alpine3.19
RUN echo "https://dl-cdn.alpinelinux.org/alpine/edge/testing" >> /etc/apk/repositories \
    && apk add --no-cache rtl-sdr build-base
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "radio.py"]
