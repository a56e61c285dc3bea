# apt-get install inside an `if`: it only may run, so the image's family is not proven
FROM registry.example.com/acme/py-base:2.3
RUN if command -v apt-get; then apt-get update && apt-get install -y gcc libpq-dev; fi
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
