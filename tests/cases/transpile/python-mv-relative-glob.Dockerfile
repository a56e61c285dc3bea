# `mv tools-1.2.0/bin/* /usr/local/bin/` in / names its sources by a pattern relative to
# the RUN's known directory: they are not the artifact (the app in /app), so the move is
# no reason to decline (a pattern is read as one, not as an unknown word).
FROM python:3.11
RUN curl -sSL https://example.com/tools-1.2.0.tar.gz -o /tools.tar.gz \
    && tar -xzf /tools.tar.gz && mv tools-1.2.0/bin/* /usr/local/bin/ && rm -rf tools-1.2.0 /tools.tar.gz
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
RUN mv /app/requirements.txt /app/requirements.lock
COPY . .
CMD ["python", "app.py"]
