FROM python:3.12-bookworm
WORKDIR /code
COPY requirements.txt .
RUN pip install --user --no-cache-dir flask==3.0.0
COPY ./app ./app
ENV PATH=/root/.local/bin:$PATH
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "80"]
