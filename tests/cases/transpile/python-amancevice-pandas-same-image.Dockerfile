# amancevice/pandas:0.19-python3 (image data from the README tag list of
# amancevice/docker-pandas, last listed 2017-06-10): FROM python:3.6-alpine as that tag
# was on that day, Python 3.6.1 on Alpine 3.4, not the tag's last image (3.6.15 on
# Alpine 3.15). The image keeps pandas in its own /usr/local, so the runner is the
# same image with the build-only packages left out and libpq installed again.
FROM amancevice/pandas:0.19-python3
RUN apk add --no-cache gcc musl-dev postgresql-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
