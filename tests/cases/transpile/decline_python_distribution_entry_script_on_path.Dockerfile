# the command runs `tiler` by name: PATH finds the script the ADD put in /bin, which
# is not read without the build context, while the runner leaves python3-dev out
FROM debian:bookworm
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev libpq-dev
RUN pip3 install --break-system-packages psycopg2
ADD tiler.sh /bin/tiler
RUN chmod 755 /bin/tiler
ENTRYPOINT ["tiler"]
