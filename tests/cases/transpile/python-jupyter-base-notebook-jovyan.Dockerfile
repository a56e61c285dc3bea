# jupyter/base-notebook (image data: images/base-notebook/Dockerfile of jupyter/docker-stacks'
# last commit built for Docker Hub, 2023-10-20, on the foundation the same run built:
# Ubuntu jammy, conda in /opt/conda, USER 1000, the account jovyan its useradd creates):
# USER jovyan names an account the image has, so the runner is the same image with what
# pip added to /opt/conda staged, and ends as jovyan
FROM jupyter/base-notebook
USER root
RUN apt-get update && apt-get install -y gcc libpq-dev
USER jovyan
COPY requirements.txt /tmp/
RUN pip install -r /tmp/requirements.txt
COPY app.py /home/jovyan/
CMD ["python", "/home/jovyan/app.py"]
