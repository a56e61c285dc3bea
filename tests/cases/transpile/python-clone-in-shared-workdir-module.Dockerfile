# the final WORKDIR /srv is a shared directory, not copied whole; the program is the
# package a `git clone` put in it (/srv/app), which `python -m app.main` finds through
# the working directory: the checkout is carried whole (the runner once lacked it)
FROM python:3.11
WORKDIR /srv
RUN git clone https://github.com/example/app.git
RUN pip install -r app/requirements.txt
CMD ["python", "-m", "app.main"]
