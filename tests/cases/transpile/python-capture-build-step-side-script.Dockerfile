# the build step also runs the project's generator, whose writes are not known
# (/etc/wordgen.conf, /usr/share/wordgen): the capture window starts at that RUN, the
# listing before it; /app, where it writes too, comes with the copy of the app directory
FROM python:3.11-bookworm
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt && python gen.py
CMD ["python", "app.py"]
