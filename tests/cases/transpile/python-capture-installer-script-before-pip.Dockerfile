# A Python installer script run before get-pip and the pip installs
# (`python distribute_setup.py`) writes into /usr/local, which the runner copies from
# the builder: repeated in the runner after that copy it would install over what the
# later steps left there, in the reverse order.  Its text is not read, so its effect
# is captured in the builder instead, and the download it ran is not fetched again.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3 python3-pip wget
RUN wget https://example.org/distribute_setup.py
RUN python3 distribute_setup.py
RUN wget https://bootstrap.pypa.io/get-pip.py && python3 get-pip.py
RUN pip install flask
COPY app.py /app/app.py
WORKDIR /app
CMD ["python3", "app.py"]
