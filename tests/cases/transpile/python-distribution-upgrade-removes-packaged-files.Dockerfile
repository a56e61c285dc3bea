# Debian's pip leaves the distribution's packages alone and installs the new pip into
# /usr/local; the upgraded pip then replaces python3-setuptools and removes its files.
# The runner installs python3-setuptools again, so the staging lists the packaged files
# the build removed and the runner removes them after the copies (both setuptools were
# listed before: realbuild python-debian-upgraded-setuptools)
FROM debian:bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-pip python3-setuptools \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN pip3 install --no-cache-dir --break-system-packages --upgrade pip==24.3.1 \
 && pip3 install --no-cache-dir --break-system-packages --upgrade setuptools==75.3.0 \
 && pip3 install --no-cache-dir --break-system-packages flask==3.0.0
COPY . .
CMD ["python3", "app.py"]
