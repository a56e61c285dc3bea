# a setup RUN after a captured one changes the owner and mode of what that RUN wrote
# (/opt/data, outside the copied directories): repeated in the runner it would come
# before the captured files, so it runs in the builder only and its owners and modes
# come with the captured files (the user the captured RUN made, merged first)
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
RUN python fetch_data.py /opt/data && useradd --system app
RUN chown -R app /opt/data && chmod -R g+w /opt/data
USER app
CMD ["python", "app.py"]
