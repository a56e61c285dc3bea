# `--gecos \"\"` passes two quote characters to adduser; repeated in the runner, the
# command keeps them (the words the shell parser unquoted were unquoted a second time
# and written as `--gecos ''`, an empty GECOS field)
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-pip python3-dev build-essential \
 && pip install flask
WORKDIR /srv
COPY app.py .
RUN adduser --disabled-password --gecos \"\" app
USER app
CMD ["python3", "app.py"]
