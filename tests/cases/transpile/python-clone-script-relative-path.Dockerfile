# the command hands Python a script by a path relative to the final WORKDIR (/srv), in
# the checkout a `git clone` made there (/srv/app): the checkout is carried whole (the
# runner once got site-packages only, and `python app/app.py` found no file)
FROM python:3.11-bookworm
WORKDIR /srv
RUN git clone https://github.com/example/app.git
RUN pip install -r app/requirements.txt
CMD ["python", "app/app.py"]
