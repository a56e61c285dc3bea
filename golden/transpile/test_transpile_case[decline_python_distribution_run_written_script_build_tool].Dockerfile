# the entry script a RUN writes runs make, a build tool the runner leaves in the builder
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip make gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir --break-system-packages -r requirements.txt
COPY . .
RUN printf '#!/bin/sh\ncd /app\nmake serve\n' > /start.sh && chmod +x /start.sh
ENTRYPOINT ["/start.sh"]
