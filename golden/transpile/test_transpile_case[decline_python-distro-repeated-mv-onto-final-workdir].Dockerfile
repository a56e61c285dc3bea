# the RUN after the build renames the unpacked release to /home/app, the final WORKDIR
# the original sets only after it; the runner sets that WORKDIR from its top, so its
# repeated `mv` would move the release into /home/app/app-1.0 and `python app.py` would
# not find the program: declined
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends curl python-pip python-dev build-essential
RUN pip install cherrypy lxml
RUN useradd -r app
WORKDIR /home
RUN curl -sSL https://example.com/app-1.0.tar.gz | tar -C /home -xz && mv /home/app-1.0 /home/app && chown -R app /home/app
USER app
WORKDIR /home/app
CMD ["python", "app.py"]
