# python:3 floats: the image data names its Python X.Y on the data's date (the
# site-packages path) and the runner is the slim sibling of the same tag, python:3-slim,
# so both move together; --explain names the date and the pinned pair
FROM python:3
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
