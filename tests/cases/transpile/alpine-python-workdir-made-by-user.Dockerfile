# Alpine's same-image runner: /data, made by the WORKDIR as app, keeps app as its owner
FROM alpine:3.19
RUN apk add --no-cache python3 py3-pip gcc musl-dev python3-dev
RUN adduser -D app
WORKDIR /src
COPY . .
RUN pip3 install --break-system-packages -r requirements.txt
USER app
WORKDIR /data
CMD ["python3", "/src/app.py"]
