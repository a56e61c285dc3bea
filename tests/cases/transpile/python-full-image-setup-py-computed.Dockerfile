# pip installs the project, whose setup.py computes install_requires (read from a file
# at build time; setup.py is read, never run): its packages are not known, so the runner
# is the builder's own image, which has what the original had
FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install .
CMD ["python", "app.py"]
