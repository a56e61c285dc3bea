# the app is copied after the build and a file of it removed: the removal runs where
# the files are (the runner, after its own copy), not in the builder as cleanup
FROM alpine:3.19
RUN apk add --update python3-dev py3-pip gcc musl-dev sqlite
RUN pip3 install --break-system-packages flask waitress feedparser
COPY . /temboz
RUN rm -f /temboz/tembozapp/feedparser.py
WORKDIR /temboz/data
ENTRYPOINT ["python3", "/temboz/temboz", "--server"]
