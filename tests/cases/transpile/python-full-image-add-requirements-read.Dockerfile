# ADD of a local file that is no tar archive copies it as COPY does: the requirements
# file is read from the build context as a COPY's is (flask only: nothing python:3.11
# has and its slim sibling lacks), so the runner is the slim sibling
FROM python:3.11
WORKDIR /app
ADD requirements.txt /app/
RUN pip install -r requirements.txt
ADD app.py .
CMD ["python", "app.py"]
