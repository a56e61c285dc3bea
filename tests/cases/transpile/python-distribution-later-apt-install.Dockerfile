FROM debian:bookworm
RUN apt-get update && apt-get install -y python3-pip python3-dev gcc
WORKDIR /app
COPY . .
RUN pip3 install --break-system-packages -r requirements.txt
RUN apt-get install -y ffmpeg
CMD ["python3", "app.py"]
