FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt requirements.lock ./
ARG UPDATE_LOCK
# pip installs into the default site-packages in either branch: the runner copies it
# whole, so what the if decided is in the copy
RUN if [ -z "$UPDATE_LOCK" ]; then pip install --no-cache-dir flask==2.3.3; else pip install --no-cache-dir flask==3.0.0; fi
COPY . .
CMD ["python", "app.py"]
