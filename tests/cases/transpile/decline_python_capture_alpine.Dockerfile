# the RUN after the build runs a program whose writes are not known, on an alpine image:
# the builder has no GNU find, tar and dpkg to list what it changed, so it declines
FROM python:3.11-alpine
RUN apk add --no-cache gcc musl-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python setup_runtime.py
CMD ["python", "app.py"]
