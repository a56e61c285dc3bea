# python:3 names no X.Y, so the runner copies the builder's site-packages with a bind
# mount into its own Python's directory of the same name; the build upgrades pip, so the
# runner's own directory is removed and the builder's copied in its place (cp -a of the
# directory, not a merge of its contents)
FROM python:3
WORKDIR /app
RUN pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["flask", "run", "--host=0.0.0.0"]
