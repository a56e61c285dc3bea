# a RUN beside the build writes /etc/app.conf only if the context holds extra.conf (inside an
# `if`): the runner would lack it where the build wrote it, and a copy of it from the builder
# would fail where it did not; declined (it was transpiled without the file)
FROM python:3.11
WORKDIR /app
COPY . /app
RUN if [ -f extra.conf ]; then cp extra.conf /etc/app.conf; fi; pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
