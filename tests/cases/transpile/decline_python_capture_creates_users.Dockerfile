# a RUN whose effect would be captured also creates a user: the accounts files are not
# captured (the runner's own may number differently), so it declines
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python setup_runtime.py && useradd --system app
USER app
CMD ["python", "app.py"]
