# `groupadd -g 1000 app` makes group 1000 too: `useradd -g 1000` after it finds the
# group in the runner, which repeats both lines.
FROM python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
RUN groupadd -g 1000 app
RUN useradd -m -u 1000 -g 1000 app
USER app
CMD ["python", "app.py"]
