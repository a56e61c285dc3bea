# python:alpine with gcc (build-base brings it): apk's gcc depends on libgomp, GCC's
# OpenMP runtime, and an extension the requirements build with -fopenmp (scikit-learn
# from source on musl) links it; the python alpine image has none, so the runner
# installs libgomp with libstdc++ and libgcc, whatever the requirements hold
FROM python:3.7-alpine AS builder
RUN apk add build-base gcc
COPY requirements.txt /
RUN pip install -r /requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.7-alpine
RUN apk add --no-cache libgcc libgomp libstdc++
WORKDIR /srv
COPY --from=builder /usr/local/lib/python3.7/site-packages /usr/local/lib/python3.7/site-packages
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY . /srv
CMD ["python", "start.py"]
