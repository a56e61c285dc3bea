FROM python:3.9
WORKDIR /usr/src/app
COPY requirements.txt ./
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD [ "python", "./your-daemon-or-script.py" ]
