# a toolbox image: the container starts bash and its user runs what the image has,
# python-dev and pip's compilers included, which the runner would leave out
FROM ubuntu:16.04
RUN apt-get update && apt-get -y install awscli python-pip python-dev
RUN pip install pandas
CMD bash
