# arm64v8/python is Docker Hub's arm64 build of the official python image: the same
# facts as python:3.11, and the runner comes from the same namespace (the plain name
# would pull the build host's architecture)
FROM arm64v8/python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "app.py"]
