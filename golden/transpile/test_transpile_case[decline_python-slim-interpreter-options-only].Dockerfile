# `ENTRYPOINT ["python3", "-u"]` with no CMD: unbuffered, but no program, so python
# reads one from standard input; the slim runner lacks the full image's compilers a
# user's `pip install` may need
FROM python:3.11
RUN pip install numpy
ENTRYPOINT ["python3", "-u"]
