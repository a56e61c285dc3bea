# pip install --user runs as app (its home, not root's, gets the packages) and the final
# USER is root: the home is the one of the user the install runs as, which only its
# account shows (before, the final USER's /root/.local was taken, and only a
# post-condition on the rewrite caught it)
FROM python:3.11
RUN useradd -m app
USER app
WORKDIR /home/app/src
COPY . .
RUN pip install --user --no-cache-dir -r requirements.txt
USER root
CMD ["python", "app.py"]
