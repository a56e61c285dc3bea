# `pip --python /opt/venv/bin/python install` installs into that interpreter's
# environment: that general option is not moved after the subcommand, so the command
# is not read as a plain pip install (which would write the system site-packages); its
# effect is captured, and the virtualenv is copied as the build left it
FROM python:3.11-bookworm
RUN python -m venv /opt/venv
WORKDIR /app
COPY . .
RUN pip --python /opt/venv/bin/python install -r requirements.txt
CMD ["/opt/venv/bin/gunicorn", "app:app"]
