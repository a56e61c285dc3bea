# the entry script a RUN writes runs another script a RUN writes with a command
# substitution: that text is not known, nor what it runs
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir --break-system-packages -r requirements.txt
COPY . .
RUN echo "#!/bin/sh" > /prepare.sh && echo "$(cat /app/prepare.txt)" >> /prepare.sh && chmod +x /prepare.sh
RUN printf '#!/bin/sh\nset -e\n/prepare.sh\nexec python3 /app/main.py "$@"\n' > /start.sh \
    && chmod +x /start.sh
ENTRYPOINT ["/start.sh"]
