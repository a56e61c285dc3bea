# pip installs the project itself: its pyproject.toml is read from the build context
# ([project] dependencies and the extra asked for; the build-system requirements only
# build the wheel): none of the packages loads a library by name or runs a program
# python:3.11-bookworm has and its slim sibling lacks, so the runner is the slim sibling
FROM python:3.11-bookworm
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir '.[server]'
CMD ["python", "-m", "app"]
