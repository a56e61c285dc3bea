FROM continuumio/miniconda3:24.5.0-0
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-build-isolation ./condalib2
CMD ["python", "app.py"]
