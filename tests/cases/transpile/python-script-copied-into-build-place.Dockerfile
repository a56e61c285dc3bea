# the script the command runs is copied with the requirements before the build into
# /usr/src/app, where the build works (pip install -r there): the runner's repeat of
# context copies leaves such a place out as the build's sources, so the folder is carried
# whole (it transpiled to a runner without the script)
FROM python:3.11
COPY app.py requirements.txt /usr/src/app/
RUN cd /usr/src/app && pip install -r requirements.txt
CMD ["python", "/usr/src/app/app.py"]
