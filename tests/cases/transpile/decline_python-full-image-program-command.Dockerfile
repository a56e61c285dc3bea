# `make serve` runs make of the full python image (buildpack-deps), which the slim
# runner lacks and no install creates: declined rather than copied as a console script
FROM python:3.11
ADD ./requirements.txt /tmp/requirements.txt
RUN pip install flask==3.0.0
ADD ./ /opt/webapp/
WORKDIR /opt/webapp
EXPOSE 5000
CMD ["make", "serve"]
