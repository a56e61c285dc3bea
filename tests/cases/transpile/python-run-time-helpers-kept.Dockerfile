FROM python:3.11
RUN apt-get update && apt-get install -y gettext gnupg lsb-release && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
