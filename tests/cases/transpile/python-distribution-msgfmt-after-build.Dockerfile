# the RUN after the build compiles the translations with msgfmt, which the gettext
# package ships (the generated Contents data); the runner keeps gettext, whose programs
# the program may run too (packages.RUN_TIME_HELPERS), so the RUN repeats there (it ran
# in the builder with its effect captured while gettext stayed behind; before that,
# the runner ran it without gettext and failed: msgfmt: not found)
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends gettext python3-pip \
    && pip3 install flask
COPY app.py /srv/app.py
COPY de.po /srv/locale/de/LC_MESSAGES/app.po
RUN msgfmt -o /srv/locale/de/LC_MESSAGES/app.mo /srv/locale/de/LC_MESSAGES/app.po
CMD ["python3", "/srv/app.py"]
