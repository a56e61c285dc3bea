# a script of the app beside the interpreter, on the full python image: not read (no
# context), it may run curl, git or gcc, which the slim runner lacks
FROM python:3.12
WORKDIR /app
COPY requirements.txt .
RUN pip install flask==3.0.0
COPY . .
CMD ./start.sh && python app.py
