# the script is written by a RUN before the build, which stays in the builder: the
# runner would not have it
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y gosu python3-pip
RUN printf '#!/bin/sh\nset -e\nexec gosu nobody python3 /app/main.py "$@"\n' > /entry.sh \
    && chmod +x /entry.sh
COPY requirements.txt /app/
RUN pip3 install -r /app/requirements.txt
COPY src/ /app
ENTRYPOINT ["/entry.sh"]
