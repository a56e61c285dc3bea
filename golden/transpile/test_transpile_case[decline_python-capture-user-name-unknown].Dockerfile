# a captured RUN creates a user whose name a build argument without a default gives:
# which account must be there in the runner is not known, so it declines
FROM python:3.11-bookworm
ARG APP_USER
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python setup_runtime.py && useradd -m "$APP_USER"
CMD ["python", "app.py"]
