# `sh start.sh` runs ./start.sh of the working directory (COPY . /app): with the build
# context it is read like `sh ./start.sh`, its programs are checked (python3 only, which
# the runner installs again), and it reaches the runner with the app tree
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-setuptools gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . /app
RUN pip3 install --break-system-packages --no-cache-dir --no-build-isolation ./pkg
CMD ["sh", "start.sh"]
