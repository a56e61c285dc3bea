# WORKDIR chosen by build arguments: the runner declares them and keeps the references (--build-arg moves both stages)
FROM python:3.11-bookworm
ARG PROJECT=shop
ARG PROJECT_DIR=/srv/${PROJECT}
WORKDIR $PROJECT_DIR
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY app.py .
CMD ["python", "app.py"]
