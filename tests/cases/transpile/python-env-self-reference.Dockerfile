# ENV PYTHONPATH=$PYTHONPATH:src on an image without PYTHONPATH reads the empty value
# before it: the runner's ENV is :src (not :src:src)
FROM debian:bookworm
RUN apt-get update && apt-get install -y git python3-pip python3-dev gcc && rm -rf /var/lib/apt/lists/*
RUN pip3 install --break-system-packages numpy flask
ADD . /srv/classifier
WORKDIR /srv/classifier
ENV PYTHONPATH=$PYTHONPATH:src
ENTRYPOINT ["python3"]
CMD ["src/web/app.py"]
