# python:3.11 is the full image, and every package the build installs is named here,
# none of them loading a library by name or running a program the slim sibling lacks:
# the runner stays python:3.11-slim
FROM python:3.11
WORKDIR /app
RUN pip install --no-cache-dir "flask==3.0.0" gunicorn requests[socks]
COPY . .
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
