FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt requirements.lock ./
ARG UPDATE_LOCK
# pip installs into the default site-packages in either branch: the runner copies it
# whole, so what the if decided is in the copy
RUN if [ -z "$UPDATE_LOCK" ]; then pip install --no-cache-dir -r requirements.lock; else pip install --no-cache-dir -r requirements.txt; fi
COPY . .
CMD ["python", "app.py"]
