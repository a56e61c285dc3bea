FROM centos:7
RUN yum install -y python3-pip python3-devel gcc
WORKDIR /app
COPY . .
RUN pip3 install -r requirements.txt
CMD ["python3", "app.py"]
