# a secret key holding `$`: the unset names expand to nothing in the original's ENV, and the
# runner writes that value out (9ce3457d)
FROM python:3.11

COPY ./ /root/app
RUN pip install flask==3.0.0

ENV SECRET_KEY="e#0y6^6m_$xwnogcdh=27)f6_=v^$bh9p0ihd-%v"
WORKDIR /root/app
RUN python manage.py migrate

CMD python manage.py runserver 0.0.0.0:8000
