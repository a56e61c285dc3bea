# git is installed and kept: the test reporter runs it to read the commit, so it
# would reach the runner; the runner would then be the same image with the same
# packages, which saves next to nothing: the rewrite declines
FROM python:3.5.1-alpine
WORKDIR /usr/src/app
RUN apk --update add git
COPY requirements.txt /usr/src/app/
RUN pip install --upgrade pip && pip install -r requirements.txt
COPY . /usr/src/app
RUN adduser -u 9000 -D app
USER app
ENTRYPOINT ["/usr/local/bin/python", "-m", "codeclimate_test_reporter"]
