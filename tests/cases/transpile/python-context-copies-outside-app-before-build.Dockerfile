# Context files copied outside the app directory before the build are what the
# original image holds at run time: the runner repeats each with the destination's
# meaning and flags, except what only feeds the build (a requirements list pip reads,
# sources under /usr/src the build compiles).
FROM python:3.9
WORKDIR /etc/myapp
COPY --chown=1000:1000 --chmod=640 settings.ini .
WORKDIR /app
COPY docker/config.txt /etc/napalm/logs
COPY entry.py /
COPY defaults.yml /opt/
COPY words.txt /usr/share/myapp/
COPY requirements.txt /
COPY libgreet /usr/src/libgreet
RUN cd /usr/src/libgreet && make install
RUN pip install -r /requirements.txt
COPY . .
ENTRYPOINT ["python", "/entry.py"]
CMD ["napalm-logs", "--config-file", "/etc/napalm/logs"]
