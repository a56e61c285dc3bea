# the script copied alone before the build: the runner copies it from the builder
FROM python:3.11
COPY app.py /app/app.py
RUN pip install flask
CMD ["python", "/app/app.py"]
