# circleci/python:3.6.4 runs as circleci (the USER its Dockerfile in
# CircleCI-Public/circleci-dockerfiles ends with): the sudo pip install runs as that
# user, which a runner of the same image, set up as root, would not
FROM circleci/python:3.6.4
RUN sudo pip install flask
COPY app.py /home/circleci/app.py
CMD ["python", "/home/circleci/app.py"]
