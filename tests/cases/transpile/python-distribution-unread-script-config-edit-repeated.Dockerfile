# /start.sh, a script of the build context, is not read, which is fine on a same-image
# runner that installs every package of the builder again; the sed -i of nginx.conf
# after the build is repeated in that runner, so the script's nginx reads the edited
# file there as in the original: no reason to decline (it was taken for an edit left
# in the builder). (debian:bookworm, whose runner is its slim image: on alpine, with every
# package installed again, the runner would be the same image and the rewrite gains nothing)
FROM debian:bookworm
RUN apt-get update && apt-get install -y nginx python3 python3-pip
RUN pip3 install --break-system-packages flask
COPY start.sh /start.sh
RUN sed -i 's/worker_processes.*/worker_processes 2;/' /etc/nginx/nginx.conf
CMD ["/start.sh"]
