# an unknown ONBUILD image: its triggers would run again in a runner built FROM it
FROM acme/app:onbuild
RUN apt-get update && apt-get install -y build-essential libssl-dev
WORKDIR /src
COPY . .
RUN ./configure && make && make install
CMD ["mytool", "--serve"]
