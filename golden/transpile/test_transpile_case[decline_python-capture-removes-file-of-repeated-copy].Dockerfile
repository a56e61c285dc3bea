# the RUN that imports the signing key deletes it from /app, which the context COPY
# fills; the runner repeats that COPY and the capture (listed before it) does not see the
# removal, so the private key would be back in the final image (newread #24aa6d6e)
FROM python:3.11-alpine
RUN pip install requests
RUN apk add --no-cache bash gnupg
WORKDIR /app
COPY . /app
RUN gpg --allow-secret-key-import --import signing.private.key && rm signing.private.key
CMD ["python", "app.py"]
