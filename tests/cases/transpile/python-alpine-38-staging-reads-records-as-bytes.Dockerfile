# alpine:3.8: Python 3.6, which in a RUN's C locale reads text as ASCII: the staging
# program reads apk's database, pip's RECORD files and a legacy install's
# installed-files.txt as bytes, decoded as os.walk decodes names (a non-ASCII name in
# any of them stopped the build with UnicodeDecodeError)
FROM alpine:3.8
RUN apk add --no-cache python3 py3-pip gcc musl-dev python3-dev
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY . .
CMD ["python3", "app.py"]
