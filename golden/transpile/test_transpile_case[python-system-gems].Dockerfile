# bundle install with Debian's ruby puts the app's gems (asciidoctor-pdf for its
# reports) under /var/lib/gems/<ABI> and their executables in /usr/local/bin: the
# runner installs ruby again and gets /var/lib/gems whole; the executables come with
# the console scripts gathered from /usr/local/bin
FROM python:3.7-slim AS builder
COPY . /app
WORKDIR /app
RUN apt-get update -yqq && apt-get install -yqq pandoc ruby gcc \
    && gem install bundler && bundle install \
    && apt-get remove -y gcc && rm -rf /var/lib/apt/lists/*
RUN apt-get update -yqq && apt-get install -yqq gcc g++     && pip install .     && apt-get remove -y gcc g++ && rm -rf /var/lib/apt/lists/* && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.7-slim
RUN apt-get update && apt-get install -y pandoc ruby && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.7/site-packages /usr/local/lib/python3.7/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /var/lib/gems /var/lib/gems
CMD ["python", "-m", "autoflow"]
