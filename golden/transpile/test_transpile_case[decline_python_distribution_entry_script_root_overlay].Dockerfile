# `ADD config /` lays a directory of the build context over the root: the command's
# /bin/start.sh may come from there, and is not read without the context
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev libxml2-dev
RUN pip3 install lxml django
ADD config /
RUN /bin/install.sh
CMD ["/bin/start.sh"]
