# apk add nginx and chown -R of its /var/lib/nginx in the window: the apk database's
# digests see no owner change, so the paths the chown names count as changed package
# files, and so does the link over nginx's own nginx.conf (linked_paths, on Alpine too)
FROM python:3.5-alpine
RUN apk add --update nginx build-base pcre-dev && chown -R nginx:www-data /var/lib/nginx
RUN pip install uwsgi
ADD . /app
WORKDIR /app
RUN rm /etc/nginx/nginx.conf
RUN ln -s /app/nginx.conf /etc/nginx/
CMD ["nginx", "-g", "daemon off;"]
