# A tool image whose CMD only prints how to use it: no program is named, the one the
# image is for is given at `docker run`, so what the runner must hold is unknown.
FROM python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD echo "Usage: docker run <image> circlator all ..." && echo "See the README"
