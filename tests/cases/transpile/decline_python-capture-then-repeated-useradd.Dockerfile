# a captured RUN creates a user, and a later setup RUN the runner repeats creates
# another: the runner would make the second before it takes the first from the
# builder's records, numbering them otherwise than the original
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python setup_runtime.py && useradd -m first
RUN useradd -m second && mkdir -p /var/lib/second
CMD ["python", "app.py"]
