# after the first captured RUN every RUN runs in the builder: the context COPY to /etc
# between two captured RUNs goes to both stages, the COPY into the app tree to the builder
# only (the runner takes /app as the builder left it), the user RUN to both, and the
# captured tree is copied after the builder's last RUN, before the later context COPY
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
RUN python -m compileall -q . && python tools/fetch_models.py /opt/models
COPY conf/app.ini /etc/app/app.ini
RUN useradd --system app && mkdir -p /var/lib/app && chown app /var/lib/app
RUN python tools/render_config.py /etc/app/app.ini
COPY VERSION /etc/app/VERSION
USER app
CMD ["python", "app.py"]
