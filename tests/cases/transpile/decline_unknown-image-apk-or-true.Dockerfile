# apk add whose failure is tolerated (`|| true`): the build also succeeds on an image
# without apk, so neither the image's family nor its Python is shown
FROM acme/py-toolbox:3
RUN apk add --no-cache gcc musl-dev || true
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
