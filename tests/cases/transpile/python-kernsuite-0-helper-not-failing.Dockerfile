# kernsuite/base:0's docker-apt-install has no errexit, but the image data knows the image
# (Ubuntu, datagen/kernsuite_images.py): no proof is needed, the call reads as the install it runs
FROM kernsuite/base:0
RUN docker-apt-install python3 python3-pip python3-dev gcc
COPY requirements.txt /
RUN pip3 install -r /requirements.txt
COPY . /notebooks
WORKDIR /notebooks
CMD ["python3", "main.py"]
