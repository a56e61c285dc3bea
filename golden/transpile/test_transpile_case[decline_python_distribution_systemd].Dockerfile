# systemd as PID 1: the container is run as a machine and used through `docker exec`,
# where any tool of the image may be run
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends systemd python3 python3-pip python3-dev gcc
RUN pip3 install --break-system-packages ansible
CMD ["/lib/systemd/systemd"]
