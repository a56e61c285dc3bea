# a RUN re-links /bin/sh before the entry script is written with `echo` and \n: which
# echo writes it (dash's turns \n into newlines, bash's does not) is not known
FROM debian:bookworm
RUN ln -sf /bin/bash /bin/sh
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir --break-system-packages -r requirements.txt
COPY . .
RUN echo '#!/bin/bash\nset -e\nexec python3 /app/main.py' > /start.sh && chmod +x /start.sh
ENTRYPOINT ["/start.sh"]
