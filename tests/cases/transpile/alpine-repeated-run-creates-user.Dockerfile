# The RUN at line 5 creates the user beside a download the program reads at run time
# (/usr/share/app-data.json, outside what the runner copies): the same-image runner
# repeats it whole, and the user it creates is known there for the `chown` after it.
FROM alpine:3.18
RUN adduser -D -u 1000 app && wget -q -O /usr/share/app-data.json https://example.com/data.json
WORKDIR /app
COPY requirements.txt .
RUN apk add --no-cache python3 py3-pip build-base python3-dev \
    && pip install --no-cache-dir --break-system-packages -r requirements.txt
COPY . .
RUN chown -R app:app /app
USER app
CMD ["python3", "app.py"]
