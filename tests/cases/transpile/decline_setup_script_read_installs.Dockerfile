# the script of the build context that runs before the build is read with --context: it
# installs packages (apt-get), which land outside the context's copies and which the
# slim runner would lack: declined, naming the command
FROM python:3.11
WORKDIR /usr/src/app
COPY scripts/ scripts/
RUN scripts/prereqs.sh
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "app"]
