# the container runs sshd: its users log in and may run any tool of the image, and the
# runner would leave python3-dev and gcc out
FROM debian:bookworm
RUN apt-get update && apt-get install -y openssh-server python3 python3-pip python3-dev gcc
COPY requirements.txt /tmp/
RUN pip3 install --break-system-packages -r /tmp/requirements.txt
RUN mkdir -p /var/run/sshd && echo 'root:secret' | chpasswd
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D"]
