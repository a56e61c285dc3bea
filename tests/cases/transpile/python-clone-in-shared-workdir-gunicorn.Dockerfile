# gunicorn enters the checkout a `git clone` put in the final WORKDIR /srv (--chdir
# app), a name the recipe does not follow: every clone in a WORKDIR not copied whole is
# carried
FROM python:3.11
WORKDIR /srv
RUN git clone https://github.com/example/app.git
RUN pip install -r app/requirements.txt gunicorn
CMD ["gunicorn", "--chdir", "app", "wsgi:app"]
