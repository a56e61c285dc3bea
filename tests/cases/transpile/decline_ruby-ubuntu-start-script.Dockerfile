# a shell script the command runs is not read: it may run the builder's tools
FROM ubuntu:18.04
RUN apt-get update && apt-get install -y ruby ruby-dev build-essential libmysqlclient-dev
RUN gem install mysql2 sequel
COPY start.sh /start.sh
CMD ["/start.sh"]
