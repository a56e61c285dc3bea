# a RUN after the build fetches its own package lists: the runner's setup removes the
# lists it fetched (keeping them would only weigh on the image)
FROM debian:bookworm
RUN apt-get update && apt-get install -y python3-pip python3-dev gcc
WORKDIR /app
COPY . .
RUN pip3 install --break-system-packages -r requirements.txt
RUN apt-get update && apt-get install -y ffmpeg && rm -rf /var/lib/apt/lists/*
CMD ["python3", "app.py"]
