# a tool tar unpacks by name into /usr/bin, run by no command of the build: put on
# the PATH by hand, so the runner gets it at the same path and tests it after the copy
FROM python:3.11
RUN curl -fsSL https://example.com/caddy.tgz | tar -xz -C /usr/bin caddy
RUN pip install flask
CMD ["python", "-m", "flask", "run"]
