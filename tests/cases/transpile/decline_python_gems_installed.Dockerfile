# bundle install puts the app's gems (asciidoctor-pdf for its reports) under
# /var/lib/gems, which a Python runner would not get: the rewrite declines
FROM python:3.7-slim
COPY . /app
WORKDIR /app
RUN apt-get update -yqq && apt-get install -yqq pandoc ruby gcc \
    && gem install bundler && bundle install \
    && apt-get remove -y gcc && rm -rf /var/lib/apt/lists/*
RUN apt-get update -yqq && apt-get install -yqq gcc g++ \
    && pip install . \
    && apt-get remove -y gcc g++ && rm -rf /var/lib/apt/lists/*
CMD ["python", "-m", "autoflow"]
