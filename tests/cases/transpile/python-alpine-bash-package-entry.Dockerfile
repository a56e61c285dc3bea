# bash is a package the original installs (Alpine has none of its own): the runner
# installs it again, so `bash` is the runner's program, not a console script the build
# created in /usr/local/bin (a COPY of /usr/local/bin/bash failed the runner's build)
FROM python:3.11-alpine
RUN apk add --no-cache bash build-base && pip install flask
WORKDIR /app
COPY app.py .
CMD bash -c "exec python app.py"
