# the subcommand is docker run's: compilemessages/makemessages run gettext, which the runner keeps
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y gettext
COPY requirements.txt /requirements.txt
RUN pip install -r /requirements.txt
WORKDIR /src
ENTRYPOINT ["python3", "manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
