# nvidia/cuda:8.0-cudnn5-devel names no distribution: NVIDIA's CI pushed it from its
# ubuntu16.04 branch (the image data), so the runner is 8.0-cudnn5-runtime of the same
# release, with Python 2 from Ubuntu's packages installed again
FROM nvidia/cuda:8.0-cudnn5-devel
RUN apt-get update && apt-get install -y --no-install-recommends python-pip python-dev gcc && rm -rf /var/lib/apt/lists/*
RUN pip install tensorflow-gpu==1.2.1 flask==0.12
COPY server.py /srv/server.py
EXPOSE 5000
CMD ["python", "/srv/server.py"]
