# Python on a plain Ubuntu image whose CMD runs `make`: make comes with build-essential,
# which the same-image runner leaves in the builder (c9965022): the container would
# find no make.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y build-essential python3 python3-pip python3-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY . .
CMD ["make", "test"]
