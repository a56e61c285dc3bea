# ENVs that use variables neither the image nor the Dockerfile defines ($PWD is a
# shell's, $PORT is unset): they are empty in the original's ENV, and written so in the
# runner (the legacy form, which cannot say empty, as KEY="")
FROM python:3.11-bookworm
WORKDIR /src/app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
ENV PYTHONPATH=$PWD:$PYTHONPATH
ENV SERVER_PORT ${PORT}
CMD ["python", "main.py"]
