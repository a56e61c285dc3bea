# debian:oldstable is a moving suite like stable: its runner floats with it (oldstable-slim)
# and the runtime packages of libpq-dev are read in the builder, not taken from the table
# of the release the suite named on the image data's date
FROM debian:oldstable
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-dev gcc libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install --break-system-packages -r requirements.txt
CMD ["python3", "app.py"]
