# the RUN after the build runs a program whose writes are not known, on an alpine image:
# the builder lists the file system with BusyBox and tells the packages' files apart with
# the apk database, so what the RUN wrote is captured; the runner is the same image
FROM python:3.11-alpine3.19
RUN apk add --no-cache gcc musl-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python setup_runtime.py
CMD ["python", "app.py"]
