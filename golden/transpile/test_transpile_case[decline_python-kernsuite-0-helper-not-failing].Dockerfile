# kernsuite/base:0's docker-apt-install has no errexit: a failed install is not its
# failure, so the call proves nothing of the image
FROM kernsuite/base:0
RUN docker-apt-install python3 python3-pip python3-dev gcc
COPY requirements.txt /
RUN pip3 install -r /requirements.txt
COPY . /notebooks
WORKDIR /notebooks
CMD ["python3", "main.py"]
