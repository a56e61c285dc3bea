# the command's one program is `cat`, which every image with a shell has, reading a file
# of the app directory: taken for the runner's own (tested there with command -v), not
# for a console script of the pip install (before: COPY --from=builder
# /usr/local/bin/cat, which no build made, and the rewrite's build failed)
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["cat", "/app/report.txt"]
