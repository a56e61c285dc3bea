# locale-gen in the build: the runner takes the generated locales (/usr/lib/locale), not only the locales package
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends locales && rm -rf /var/lib/apt/lists/* \
    && sed -i 's/^# *\(de_DE.UTF-8\)/\1/' /etc/locale.gen && locale-gen
ENV LANG=de_DE.UTF-8
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY report.py .
CMD ["python", "report.py"]
