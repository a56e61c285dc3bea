# the extra asked for brings Wand, which loads ImageMagick's library by name: the
# runner is the builder's own image (pyproject.toml read from the build context)
FROM python:3.11-bookworm
WORKDIR /app
COPY . .
RUN pip install '.[images]'
CMD ["python", "-m", "app"]
