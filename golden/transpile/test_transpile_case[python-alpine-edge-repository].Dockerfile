# the build switches apk to the edge/testing repository for a package: the runner
# gets the builder's /etc/apk/repositories and keys before installing it
FROM python:3.11-alpine3.19 AS builder
RUN echo "https://dl-cdn.alpinelinux.org/alpine/edge/testing" >> /etc/apk/repositories \
    && apk add --no-cache rtl-sdr
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.11-alpine3.19
COPY --from=builder /etc/apk/repositories /etc/apk/repositories
COPY --from=builder /etc/apk/keys /etc/apk/keys
RUN apk add --no-cache rtl-sdr
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /app /app
COPY . .
CMD ["python", "radio.py"]
