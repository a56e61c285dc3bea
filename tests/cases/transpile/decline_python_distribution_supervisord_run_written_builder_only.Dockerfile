# supervisord's configuration is written by a RUN before the build, which stays in the
# builder: the runner would start supervisord without it
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip supervisor gcc python3-dev && rm -rf /var/lib/apt/lists/*
RUN printf '[program:app]\ncommand=python3 /app/main.py\n' > /etc/supervisor/conf.d/app.conf
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
CMD ["/usr/bin/supervisord", "-n"]
