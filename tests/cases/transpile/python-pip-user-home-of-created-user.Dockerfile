# pip install --user as a user the Dockerfile creates: its home is the one useradd
# records for it (/home/app), so the runner copies /home/app/.local (the home of any
# user but root was taken for unknown before, and the rewrite declined)
FROM python:3.11-bookworm
RUN useradd -m app
USER app
WORKDIR /home/app/src
COPY --chown=app . .
RUN pip install --user --no-cache-dir flask==3.0.0
EXPOSE 5000
CMD ["python", "-m", "flask", "run", "--host", "0.0.0.0"]
