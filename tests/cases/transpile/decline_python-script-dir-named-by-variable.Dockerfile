# the command's script lies in a folder named through a variable (/srv/$APP): no clone
# or copy is known to put it there, so the rewrite declines (5fbe66d8 briefly let it
# through with site-packages only, a runner without the script)
FROM python:3.11
ENV APP=app
RUN git clone https://github.com/example/app.git /srv/x
RUN pip install -r /srv/x/requirements.txt
CMD python /srv/$APP/main.py
