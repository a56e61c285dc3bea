FROM python:3.11-bookworm
WORKDIR /app
COPY . .
# each word of the file is a pip argument whose value is not known: one may be an
# option that installs elsewhere (--target, --user, --prefix)
RUN for req in $(cat requirements.txt); do pip install $req; done
CMD ["python", "app.py"]
