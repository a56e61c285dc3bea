# the ENTRYPOINT is a script a RUN after the build writes: on the same-image runner the
# RUN is repeated (the runner installs every package again), so the script is there
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y gosu python3-pip
COPY requirements.txt /app/
RUN pip3 install -r /app/requirements.txt
COPY src/ /app
RUN printf '#!/bin/sh\nset -e\nexec gosu nobody python3 /app/main.py "$@"\n' > /entry.sh \
    && chmod +x /entry.sh
ENTRYPOINT ["/entry.sh"]
