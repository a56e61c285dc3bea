# adduser makes the user's home (/home/app): the runner repeats the creation, so the
# chmod of that home that follows finds it there too
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
RUN adduser --disabled-password --gecos '' app
RUN chmod 750 /home/app
USER app
CMD ["python", "app.py"]
