# a RUN after the build that the same-image runner runs (php's check) ran in the app's
# sub-directory: the runner, whose WORKDIR is the final one from its top, changes
# there first (debian:bookworm, whose runner is its slim image: on alpine, with every
# package installed again, the runner would be the same image and the rewrite gains nothing)
FROM debian:bookworm
RUN apt-get update && apt-get install -y bash php8.2-cli python3-pip
ENV HOME_DIR /var/lib/filebin
ENV APP_DIR $HOME_DIR/filebin
ADD . $APP_DIR
RUN pip install --break-system-packages ansi2html
ADD docker/starter.sh $HOME_DIR
WORKDIR $APP_DIR
RUN php8.2 ./check_deps.php
WORKDIR $HOME_DIR
ENTRYPOINT ["bash", "-c"]
CMD ["./starter.sh"]
