# python:alpine with gcc (build-base brings it): apk's gcc depends on libgomp, GCC's
# OpenMP runtime, and an extension the requirements build with -fopenmp (scikit-learn
# from source on musl) links it; the python alpine image has none, so the runner
# installs libgomp with libstdc++ and libgcc, whatever the requirements hold
FROM python:3.7-alpine
RUN apk add build-base gcc
COPY requirements.txt /
RUN pip install -r /requirements.txt
COPY . /srv
WORKDIR /srv
CMD ["python", "start.py"]
