# a setup script runs as the app's user after the build: its effect is captured in the
# builder, and the runner's copy of it and the RUN that installs, removes and gives
# owners come before USER app (that RUN must run as root), not after it
FROM python:3.11-bookworm
RUN useradd --create-home app
WORKDIR /home/app/site
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
USER app
RUN python setup_runtime.py
CMD ["python", "app.py"]
