# a shell's joined options with c among them (`bash -ec`, `-lc`, `-xc`, `-cx`) make the next word
# the command string, as `-e -c` does: the command's programs are read from it
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libsnappy-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
HEALTHCHECK CMD ["sh", "-xc", "python -c \"import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/')\""]
CMD ["/bin/bash", "-ec", "python manage.py migrate && exec gunicorn app:app"]
