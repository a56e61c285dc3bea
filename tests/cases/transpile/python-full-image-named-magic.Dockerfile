# python-magic loads libmagic through ctypes (no ELF NEEDED entry): python:3.11 has it
# (buildpack-deps' file), its slim sibling does not, so the runner is the full image
FROM python:3.11-bookworm
WORKDIR /app
RUN pip install flask Python_Magic==0.4.27
COPY . .
CMD ["python", "app.py"]
