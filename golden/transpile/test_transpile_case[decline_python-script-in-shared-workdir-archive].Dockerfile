# the script the command names in the final WORKDIR /opt (a directory the runner does
# not copy whole) comes from an archive the build unpacks there: the runner would lack
# it, so it declines (it transpiled to a runner with site-packages only)
FROM python:3.11
WORKDIR /opt
RUN curl -fsSL https://example.com/app.tar.gz | tar -xz
RUN pip install flask
CMD ["python", "main.py"]
