# python:alpine building cryptography from source with Alpine's cargo: apk's rust (which
# cargo depends on) depends on gcc, which brings libgcc; the Rust part of the extension
# links libgcc_s.so.1 (Rust's std on a musl target without crt-static links gcc_s for
# unwinding), and the python alpine image need not have it, so the runner installs libgcc
# with gcc's other runtime libraries, though the Dockerfile names no gcc
FROM python:3.11-alpine
RUN apk add --no-cache cargo musl-dev libffi-dev openssl-dev
RUN pip install --no-binary cryptography cryptography
COPY app.py /srv/app.py
CMD ["python", "/srv/app.py"]
