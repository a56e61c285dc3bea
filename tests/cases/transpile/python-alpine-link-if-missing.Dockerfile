# The python2 package may or may not bring /usr/bin/python: the link is made only when
# it does not, and the runner gets the link either way (the staged files no package
# owns, or the package installed again)
FROM alpine:3.5
RUN apk add --no-cache python2 python2-dev py-setuptools build-base \
    && if [[ ! -e /usr/bin/python ]]; then ln -sf /usr/bin/python2.7 /usr/bin/python; fi \
    && easy_install pip
ADD app.py /
RUN pip install requests
ENTRYPOINT ["python", "/app.py"]
