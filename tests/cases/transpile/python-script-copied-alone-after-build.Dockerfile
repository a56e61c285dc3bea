# the script the command runs by absolute path is copied alone from the build context
# after the build, and no RUN puts anything else in /app: the runner repeats the copy
# (it declined, asking for the folder the script lies in)
FROM python:3.11
RUN pip install flask
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
