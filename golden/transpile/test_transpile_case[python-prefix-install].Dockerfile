FROM python:3.10.13-bullseye AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libffi-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /srv
COPY requirements.txt .
RUN pip install --prefix=/install -r requirements.txt

FROM python:3.10.13-bullseye
RUN apt-get update && apt-get install -y --no-install-recommends libffi7 && rm -rf /var/lib/apt/lists/*
WORKDIR /srv
COPY --from=builder /install /usr/local
COPY . .
ENV PYTHONUNBUFFERED=1
CMD ["python", "-m", "service"]
