# kernsuite/base's docker-apt-install runs apt-get install -y with Recommends: the
# runner installs the packages with theirs too
FROM kernsuite/base:5
RUN docker-apt-install python3 python3-pip python3-dev gcc
COPY requirements.txt /
RUN pip3 install -r /requirements.txt
COPY . /notebooks
WORKDIR /notebooks
CMD ["python3", "main.py"]
