# alpine 3.6: the BusyBox configuration read for the capture is Alpine 3.7's and later,
# so whether this builder's BusyBox can list what the RUN changed is not known: declined
FROM python:3.6-alpine3.6
RUN apk add --no-cache gcc musl-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python setup_runtime.py
CMD ["python", "app.py"]
