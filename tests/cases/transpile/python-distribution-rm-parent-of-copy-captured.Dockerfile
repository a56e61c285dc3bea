# draw9 (c54be1f8): the RUN at line 4 removes /.src, where the runner copies the builder's
# /.src/requirements.txt: repeated after that copy it would remove the file; it is captured
# in the builder instead
FROM alpine:3.12
RUN rm -rf /.src && mkdir /.src
COPY requirements.txt /.src/requirements.txt
WORKDIR /.src
RUN apk add --update python3 py3-pip build-base python3-dev
RUN pip3 install -r requirements.txt
CMD python3 -m corpkit.env
WORKDIR /projects
