# the exec form's one string holds a whole command line: docker runs a program of that
# whole name, which no image has, so the original fails to start; the file is left alone
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python3 /app/run.py"]
