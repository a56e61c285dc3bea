# tzdata and curl are removed again by the original (by name, and with their virtual
# group): its final image has neither, so the runner does not install them (it used to
# name them and then decline, since a runner must not have what the original removes);
# the compiler, kept, brings libstdc++ and libgcc, which a C++ extension links
FROM python:3.7-alpine
RUN apk add --no-cache tzdata && cp /usr/share/zoneinfo/UTC /etc/localtime && apk del tzdata
RUN apk add --no-cache build-base libffi-dev && \
    apk add --no-cache --virtual .fetch curl && \
    apk del .fetch
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
