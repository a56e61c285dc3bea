# a POSIX TZ rule carries its own offsets and names no file: nothing is staged
FROM python:3.12-bookworm
ENV TZ=EST5EDT,M3.2.0,M11.1.0
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "app.py"]
