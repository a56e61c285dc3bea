# An image the image data does not know: which Python it has, its Alpine release, its
# USER and ENTRYPOINT are all unknown.  The RUN at line 8 runs apk add unconditionally,
# so the image is Alpine (or another apk distribution) and its default user root; but
# whether its BusyBox has what the capture's listing uses (read for Alpine 3.7 and
# later) is not known, and the original builds on older releases too (Alpine still
# serves their packages): a build-time test of the release would fail only the rewrite,
# so it is declined
FROM registry.example.com/acme/py-alpine:2.3
RUN apk add --no-cache gcc musl-dev postgresql-dev
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
