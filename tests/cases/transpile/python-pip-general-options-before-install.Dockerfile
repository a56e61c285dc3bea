# pip's general options written before the subcommand (`pip --no-cache-dir install`,
# `python -m pip -q --timeout 60 install`) are read as the same install: pip takes them
# on either side of the subcommand
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip --no-cache-dir --disable-pip-version-check install -r requirements.txt
RUN python -m pip -q --timeout 60 install gunicorn
COPY . .
CMD ["gunicorn", "app:app"]
