# the build context copied to / with a RUN working there afterwards: the root as the
# build left it would be copied to the runner, the builder's whole system on top of the
# slim image (a runner larger than the original); it declines
FROM python:3.11
COPY . /
RUN pip install -r requirements.txt
CMD python main.py
