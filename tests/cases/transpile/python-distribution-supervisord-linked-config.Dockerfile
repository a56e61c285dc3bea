# a RUN links supervisord's configuration to a file the build context brings (COPY
# . .): read from the context like a COPY of it, its programs checked in the runner
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip supervisor gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
RUN ln -s /app/conf/app.conf /etc/supervisor/conf.d/
CMD ["supervisord", "-n"]
