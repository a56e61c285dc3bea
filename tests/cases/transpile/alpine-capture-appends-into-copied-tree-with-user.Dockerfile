# The RUN at line 9 creates the user and appends the lines of run.sh in /usr/local/searx,
# a tree the runner copies from the builder (/usr/local). Repeated in the runner after
# that copy it would append them a second time (run.sh would start the server twice),
# so it is captured: run.sh comes with /usr/local as the builder left it, the account
# through the merge of the builder's records, and the later chown of the tree runs in
# the builder only (the copy keeps its owners, numbered as the merged account is).
FROM alpine:3.18
WORKDIR /usr/local/searx
RUN adduser -D -h /usr/local/searx -s /bin/sh searx searx \
    && echo '#!/bin/sh' >> run.sh \
    && echo 'python3 searx/webapp.py' >> run.sh \
    && chmod +x run.sh
COPY requirements.txt ./requirements.txt
RUN apk add --no-cache python3 py3-pip build-base python3-dev libxml2-dev \
    && pip install --no-cache-dir --break-system-packages -r requirements.txt \
    && rm -rf /root/.cache
COPY searx ./searx
RUN chown -R searx:searx *
USER searx
CMD ["/usr/local/searx/run.sh"]
