# only ENV TZ names the zone: the file it names is copied from the full builder, which
# has tzdata (python:3.12-slim's may lack it); a POSIX rule would carry its own offsets
FROM python:3.12-bookworm
ENV TZ=Asia/Tokyo
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "app.py"]
