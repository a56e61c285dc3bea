# kernsuite/base:5 (image data from kernsuite-docker/base: the tag the branch's Makefile
# pushes, DOCKER_REPO=kernsuite/base:5, built FROM ubuntu:18.04): Ubuntu bionic with
# the KERN PPA of its own, so the runner is the same image with the compiler and -dev
# packages left in the builder and the FFTW libraries installed again
FROM kernsuite/base:5
RUN apt-get update && apt-get install -y python3-pip python3-dev gcc libfftw3-dev
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY . .
CMD ["python3", "app.py"]
