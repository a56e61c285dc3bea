# the requirements file read from the build context names GitPython, which runs the git
# program: python:3.11 has git (buildpack-deps' scm layer), its slim sibling does not,
# so the runner is the builder's own image
FROM python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY app.py .
CMD ["python", "app.py"]
