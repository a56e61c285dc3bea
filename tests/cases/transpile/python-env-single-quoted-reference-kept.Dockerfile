# ENV PYTHONPATH='/src/:$PYTHONPATH' sets that very text (single quotes: no expansion); the
# runner's copy of the ENV keeps it as written instead of expanding $PYTHONPATH to nothing
FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
ENV PYTHONPATH='/src/:$PYTHONPATH'
CMD ["python", "app.py"]
