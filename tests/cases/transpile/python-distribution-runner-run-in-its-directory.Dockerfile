# a RUN after the build that the same-image runner runs (php's check) ran in the app's
# sub-directory: the runner, whose WORKDIR is the final one from its top, changes
# there first
FROM alpine:3.19
RUN apk add --no-cache bash php82 py3-pip
ENV HOME_DIR /var/lib/filebin
ENV APP_DIR $HOME_DIR/filebin
ADD . $APP_DIR
RUN pip install --break-system-packages ansi2html
ADD docker/starter.sh $HOME_DIR
WORKDIR $APP_DIR
RUN php82 ./check_deps.php
WORKDIR $HOME_DIR
ENTRYPOINT ["bash", "-c"]
CMD ["./starter.sh"]
