FROM python:3.11-alpine3.19 AS builder
RUN apk add --no-cache gcc musl-dev postgresql-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.11-alpine3.19
RUN apk add --no-cache libpq
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /app /app
COPY . .
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
