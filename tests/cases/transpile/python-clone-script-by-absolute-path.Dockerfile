# the command hands a script of a checkout the build clones to Python by absolute path
# (83ba286e, 9a8fb6c7): the checkout is carried whole to the runner
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y git python3-pip
RUN git clone https://github.com/LuRsT/Pendium.git /pendium
RUN pip3 install -r /pendium/requirements.txt
EXPOSE 5000
CMD python3 /pendium/run.py
