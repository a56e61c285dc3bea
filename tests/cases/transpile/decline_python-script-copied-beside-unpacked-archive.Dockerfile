# the script is copied, but a RUN unpacks an archive into its folder, which no tree the
# runner copies holds: the modules beside the script would be missing
FROM python:3.11
RUN pip install flask
RUN mkdir /app && curl -L https://x/y.tgz | tar -xz -C /app
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
