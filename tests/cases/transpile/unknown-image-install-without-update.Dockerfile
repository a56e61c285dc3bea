# an image the data does not know, whose own package lists the original installs from
# (no apt-get update anywhere): the runner is that very image, so its install uses the
# same lists without fetching an index (an archived release's index may be gone from the
# mirror the image names) and leaves them as the original did
FROM acme/blog-base:2
ADD . /website
RUN apt-get install -y python-setuptools python-dev gcc
RUN pip install -r /website/requirements.txt
WORKDIR /website
EXPOSE 5000
CMD ["python", "api.py"]
