# --runtime names an image the data does not know: whether it has the builder's
# Python 3.11 under /usr/local (where the packages are copied) is tested by a first
# RUN of the runner, so a wrong image stops the build instead of the program
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
