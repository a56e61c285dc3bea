# the command only keeps the container alive (`tail -f /dev/null`) for `docker exec`:
# the image is a toolbox, as with CMD bash, and the same-image runner leaves
# build-essential, cmake and python3-dev in the builder (from corpus 2d9dede8)
FROM tensorflow/tensorflow:1.12.0-gpu-py3
COPY requirements.txt /tmp
RUN apt-get update && apt-get install -y --no-install-recommends \
    build-essential cmake curl python3-dev zlib1g-dev git python3-tk && \
    rm -rf /var/lib/apt/lists/* && \
    pip --no-cache-dir install -r /tmp/requirements.txt
WORKDIR /home/app
CMD tail -f /dev/null
