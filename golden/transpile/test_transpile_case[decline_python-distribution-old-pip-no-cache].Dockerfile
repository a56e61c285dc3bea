# Ubuntu 14.04's packaged pip (1.5) keeps no cache: with every package needed at run
# time, the runner would be the same image with the same packages and nothing to save
FROM ubuntu:14.04
RUN apt-get update && apt-get install -y python-pip
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
