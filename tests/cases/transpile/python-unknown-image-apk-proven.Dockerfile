# An image the image data does not know: which Python it has, its Alpine release, its
# USER and ENTRYPOINT are all unknown.  The RUN at line 8 runs apk add unconditionally,
# so the image is Alpine (or another apk distribution) and its default user root; the
# runner is the very same image, gcc, musl-dev and postgresql-dev stay in the builder,
# what pip wrote is captured, and the capture's first RUN fails the build unless the
# image is Alpine 3.7 or later on musl (the BusyBox the capture's listing was written for)
FROM registry.example.com/acme/py-alpine:2.3
RUN apk add --no-cache gcc musl-dev postgresql-dev
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
