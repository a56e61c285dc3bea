# pip install -e leaves only a link in site-packages: every directory installed that way
# reaches the runner at the same path, not only the last WORKDIR
FROM python:3.11
RUN git clone https://example.org/lib.git /apps/lib
WORKDIR /apps/lib
RUN pip install -e .
RUN git clone https://example.org/app.git /apps/app
WORKDIR /apps/app
RUN pip install -e .
CMD ["app"]
