# bundle install with Debian's ruby puts the app's gems (asciidoctor-pdf for its
# reports) under /var/lib/gems/<ABI> and their executables in /usr/local/bin: the
# runner installs ruby again and gets /var/lib/gems whole; the executables come with
# the console scripts gathered from /usr/local/bin
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
