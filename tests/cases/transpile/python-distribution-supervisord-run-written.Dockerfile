# supervisord's configuration is written by the RUNs themselves (echo, then >> RUN
# after RUN): its text is in the Dockerfile, so the programs it starts are read there
# and checked in the runner, which leaves gcc and python3-dev in the builder
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip supervisor nginx gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
RUN echo "[program:app]" > /etc/supervisor/conf.d/app.conf \
    && echo "command=python3 /app/main.py" >> /etc/supervisor/conf.d/app.conf
RUN printf '[program:nginx]\ncommand=/usr/sbin/nginx -g "daemon off;"\n' >> /etc/supervisor/conf.d/app.conf
CMD ["/usr/bin/supervisord", "-n", "-c", "/etc/supervisor/supervisord.conf"]
