# a RUN whose effect is captured also creates a system user: the builder records what
# the captured RUNs did to the accounts files and the runner merges it into its own,
# with the builder's numbers, before it gives the captured files to their owners
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
RUN python setup_runtime.py && useradd --system app
USER app
CMD ["python", "app.py"]
