# apt-get install whose failure is tolerated (`|| true`): the build also succeeds on an
# image without apt, so the image's package manager family is not proven
FROM acme/toolbox:3
RUN apt-get update && apt-get install -y build-essential libssl-dev || true
WORKDIR /src
COPY . .
RUN ./configure && make && make install
CMD ["mytool", "--serve"]
