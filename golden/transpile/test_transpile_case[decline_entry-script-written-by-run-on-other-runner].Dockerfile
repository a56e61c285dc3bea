# the entry script is written by a RUN with echo; on a runner other than the builder's
# own image it is not repeated: declined, naming the RUN
FROM python:3.11-alpine3.19
RUN apk add --no-cache gcc musl-dev && pip install --no-cache-dir elastalert2==2.15.0 && apk del gcc musl-dev
RUN mkdir -p /opt/elastalert \
    && echo "#!/bin/sh" > /opt/elastalert/run.sh \
    && echo "exec elastalert --config /opt/config/config.yaml \"\$@\"" >> /opt/elastalert/run.sh \
    && chmod +x /opt/elastalert/run.sh
WORKDIR /opt/elastalert
ENTRYPOINT ["/opt/elastalert/run.sh"]
