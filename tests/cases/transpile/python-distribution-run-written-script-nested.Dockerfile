# the entry script a RUN writes runs another script a RUN writes: both texts are in
# the Dockerfile (printf), so both are read and their programs checked in the runner
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir --break-system-packages -r requirements.txt
COPY . .
RUN printf '#!/bin/sh\nmkdir -p /tmp/app\n' > /prepare.sh && chmod +x /prepare.sh
RUN printf '#!/bin/sh\nset -e\n/prepare.sh\nexec python3 /app/main.py "$@"\n' > /start.sh \
    && chmod +x /start.sh
ENTRYPOINT ["/start.sh"]
