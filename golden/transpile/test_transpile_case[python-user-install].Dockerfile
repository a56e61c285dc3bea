FROM python:3.12-bookworm AS builder
WORKDIR /code
COPY requirements.txt .
RUN pip install --user --no-cache-dir -r requirements.txt

FROM python:3.12-slim-bookworm
WORKDIR /code
COPY --from=builder /root/.local /root/.local
COPY --from=builder /code /code
COPY ./app ./app
ENV PATH=/root/.local/bin:$PATH
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "80"]
