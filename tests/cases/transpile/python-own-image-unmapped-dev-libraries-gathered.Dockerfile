# the builder's own full image is the runner (requirements.txt unread); libqt4-dev has no
# runtime package in any table on stretch, so its libraries are gathered for that image
# (--explain says what the builder's own image lacks: what the build installed)
FROM python:3.6.8-stretch
RUN apt-get update && apt-get install -y libqt4-dev
WORKDIR /app
COPY . /app
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
