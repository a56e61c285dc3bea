# bin/serve is a file of the build context with no name that says what it is: unread
# (no context), it may be a shell script running programs python:3.11 has and its slim
# sibling lacks, as an unread start.sh may
FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install flask==3.0.0
CMD ["bin/serve"]
