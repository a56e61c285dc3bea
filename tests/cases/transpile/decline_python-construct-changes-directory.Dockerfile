FROM python:3.11-bookworm
WORKDIR /app
COPY . .
ARG SUBPROJECT
# the cd inside the if decides where the pip after it runs: not known
RUN if [ -n "$SUBPROJECT" ]; then cd "$SUBPROJECT"; fi && pip install --no-cache-dir .
CMD ["python", "-m", "app"]
