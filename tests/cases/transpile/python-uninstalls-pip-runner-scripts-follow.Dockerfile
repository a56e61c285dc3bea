# the build removes the image's own pip once it is done with it: the original has no
# /usr/local/bin/pip, pip3 or pip3.12 left. The runner replaces its own site-packages
# with the builder's, so its own pip scripts (whose module is gone) go in the same RUN,
# and the builder gathers the scripts of its site-packages' packages as the build left
# them (none of pip's), with the console scripts the build created (gunicorn)
FROM python:3.12-bookworm
WORKDIR /app
RUN pip install --no-cache-dir flask==3.0.0 gunicorn==22.0.0 \
 && pip uninstall -y pip
COPY . .
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
