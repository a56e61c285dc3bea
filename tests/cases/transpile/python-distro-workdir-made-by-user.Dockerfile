# the same-image Python runner (packages installed again, the build staged): /data is made
# by the WORKDIR as app after the build, so it is app's in the original and staged for the runner
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev gcc && rm -rf /var/lib/apt/lists/*
RUN useradd -m app
WORKDIR /src
COPY . .
RUN pip3 install -r requirements.txt
USER app
WORKDIR /data
CMD ["python3", "/src/app.py"]
