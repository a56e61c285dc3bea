FROM python:3.11-bookworm
WORKDIR /app
COPY . .
ARG VENDOR
# whether /app/vendor is filled depends on the if: the install moves with --target
RUN if [ -n "$VENDOR" ]; then pip install --target /app/vendor -r requirements.txt; fi && pip install -r requirements.txt
CMD ["python", "app.py"]
