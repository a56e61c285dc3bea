# the container starts a shell: the image is a toolbox, and the runner (the interpreter
# image with site-packages) lacks the compilers and -dev packages its user may run
FROM python:3.11-alpine3.19
RUN apk add --no-cache gcc gfortran build-base libxml2-dev
WORKDIR /usr/src/app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENTRYPOINT ["/bin/sh"]
