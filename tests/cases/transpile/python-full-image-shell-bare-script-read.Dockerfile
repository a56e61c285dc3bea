# `bash run.sh` runs ./run.sh of the working directory (COPY . .): with the build context
# it is read as `bash ./run.sh` is (it runs only python, which the slim sibling has);
# before, a bare name was looked for in the context by that name alone, not found, and
# the file declined as "not read" although --context held it
FROM python:3.6
WORKDIR /app
COPY requirements.txt .
RUN pip install flask==3.0.0
COPY . .
CMD ["bash", "run.sh"]
