FROM python:3.12
RUN apt-get update && apt-get install -y --no-install-recommends golang-go libyaml-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -o /usr/local/bin/tool .
CMD ["tool"]
