# python:slim (Debian) with gcc from apt: gcc depends on libgcc-12-dev, which depends on
# libgomp1 (GCC's OpenMP runtime) and libatomic1; LightGBM's manylinux wheel links the
# system's libgomp.so.1 and an extension built with -fopenmp does too, and the slim image
# has neither, so the runner installs both whatever the requirements hold (audit18a)
FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /
RUN pip install -r /requirements.txt
COPY . /srv
WORKDIR /srv
CMD ["python", "start.py"]
