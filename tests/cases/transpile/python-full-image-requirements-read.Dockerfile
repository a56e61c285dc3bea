# the requirements file is read from the build context (-r base.txt followed, the
# constraints file skipped): every package is named and none loads a library by name
# or runs a program python:3.11 has and its slim sibling lacks, so the runner stays slim
FROM python:3.11
WORKDIR /app
COPY requirements.txt base.txt constraints.txt ./
RUN pip install --no-cache-dir -r requirements.txt -c constraints.txt
COPY app.py .
CMD ["python", "app.py"]
