# the build packages are named by an ENV list, installed and purged through an unquoted
# variable: the shell splits the value into one package per word, so gcc and gettext
# stay in the builder and the runner gets the runtime libraries of the -dev packages
# (not the whole list as one unknown "package" installed again)
FROM python:3.12-bookworm
WORKDIR /code
ENV BUILDPKGS gcc libldap2-dev libsasl2-dev gettext
RUN apt-get update && apt-get install -y --no-install-recommends $BUILDPKGS
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
RUN apt-get purge -y $BUILDPKGS
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
