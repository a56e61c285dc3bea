FROM ubuntu:22.04
RUN apt-get update && apt-get install -y nodejs npm sudo
COPY . /app
RUN adduser --disabled-password --gecos "" dev \
  && echo "dev ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers
ENV HOME /home/dev
USER dev
RUN cd /app && npm install
WORKDIR /home/dev
CMD ["node", "/app/server.js"]
