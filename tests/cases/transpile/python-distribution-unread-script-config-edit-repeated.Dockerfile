# /start.sh, a script of the build context, is not read, which is fine on a same-image
# runner that installs every package of the builder again; the sed -i of nginx.conf
# after the build is repeated in that runner, so the script's nginx reads the edited
# file there as in the original: no reason to decline (it was taken for an edit left
# in the builder)
FROM alpine:3.11
RUN apk add --no-cache nginx python3
RUN pip3 install flask
COPY start.sh /start.sh
RUN sed -i 's/worker_processes.*/worker_processes 2;/' /etc/nginx/nginx.conf
CMD ["/start.sh"]
