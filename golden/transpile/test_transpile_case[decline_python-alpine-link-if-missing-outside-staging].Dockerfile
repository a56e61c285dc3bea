# A link made only when a test holds, outside the directories the runner stages: which
# of the two the runner needs is not known, and it is not written again
FROM alpine:3.5
RUN apk add --no-cache python2 python2-dev py-setuptools build-base \
    && if [[ ! -e /etc/pylink ]]; then ln -sf /usr/bin/python2.7 /etc/pylink; fi \
    && easy_install pip
ADD app.py /
RUN pip install requests
ENTRYPOINT ["python", "/app.py"]
