# the command names pip's console script by its path in /usr/bin (staged from the
# builder, not a package's): the runner tests it at build time
FROM alpine:3.19
RUN apk add --no-cache python3 py3-pip build-base python3-dev
WORKDIR /app
COPY . .
RUN pip3 install --break-system-packages --no-cache-dir -r requirements.txt
CMD ["/usr/bin/gunicorn", "-b", "0.0.0.0:8000", "app:app"]
