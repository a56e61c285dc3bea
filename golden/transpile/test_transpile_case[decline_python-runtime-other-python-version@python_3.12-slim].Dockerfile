# --runtime python:3.12-slim for a python:3.11 build: the packages are in
# /usr/local/lib/python3.11 and built for its ABI; the runner's Python is 3.12: declined
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --upgrade pip && pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
