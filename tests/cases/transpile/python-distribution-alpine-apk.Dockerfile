FROM alpine:3.12
RUN apk add --no-cache python3 py3-pip build-base python3-dev postgresql-dev libffi-dev
WORKDIR /app
COPY . .
RUN pip3 install --no-cache-dir -r requirements.txt && pip3 install --no-cache-dir .
RUN adduser -D app
USER app
ENTRYPOINT ["myservice"]
CMD ["--port", "8080"]
