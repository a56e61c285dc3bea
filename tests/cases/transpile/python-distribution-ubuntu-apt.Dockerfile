FROM ubuntu:16.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev build-essential libpq-dev locales curl \
    && rm -rf /var/lib/apt/lists/*
RUN locale-gen en_US.UTF-8
ENV LANG=en_US.UTF-8
WORKDIR /srv/app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY settings.ini /etc/myapp/settings.ini
COPY . .
RUN echo "Europe/Berlin" > /etc/timezone
EXPOSE 8000
HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
