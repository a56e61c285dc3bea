# python -m imports app.main from the final WORKDIR /srv, where an archive the build
# unpacks puts it; /srv is not copied whole, so the runner would lack the package
FROM python:3.11
WORKDIR /srv
RUN curl -fsSL https://example.com/app.tar.gz | tar -xz && pip install -r app/requirements.txt
CMD ["python", "-m", "app.main"]
