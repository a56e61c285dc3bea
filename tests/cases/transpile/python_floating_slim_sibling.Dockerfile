# python:3 floats and names no Python X.Y (3.14 on the image data's date, 3.15 since
# October 2026): the runner is the slim sibling of the same tag, python:3-slim, so both
# move together, and no X.Y is written anywhere: the builder's library scan names the
# system site-packages by a glob and the runner copies it with a RUN --mount of the
# builder into its own Python's directory of the same name; --explain names the date
# and the pinned pair
FROM python:3
WORKDIR /app
COPY . .
RUN pip install flask==3.0.0
CMD ["python", "app.py"]
