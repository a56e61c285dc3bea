# sudo is stripped to find the program, but it runs too: the slim runner has none
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD sudo -E python app.py && echo done
