# BusyBox `adduser -D -h /usr/local/searx -s /bin/sh searx searx`: with options, two
# operands create the user (the second is unused; a membership only without options),
# so the runner, which repeats the line, knows searx for the `chown` after it. The
# `sed -i` after `COPY searx ./searx` edits the context's settings.yml, which only the
# runner's copy brings: it runs in the runner, after that copy.
FROM alpine:3.18
WORKDIR /usr/local/searx
RUN adduser -D -h /usr/local/searx -s /bin/sh searx searx
COPY requirements.txt ./requirements.txt
RUN apk add --no-cache python3 py3-pip build-base python3-dev libxml2-dev \
    && pip install --no-cache-dir --break-system-packages -r requirements.txt \
    && rm -rf /root/.cache
COPY searx ./searx
RUN chown -R searx:searx *
USER searx
RUN sed -i "s/127.0.0.1/0.0.0.0/g" searx/settings.yml
CMD ["python3", "searx/webapp.py"]
