FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# `((` that does not close with `))` is two subshells to every shell
RUN (( make hello || true ) && test -x hello )
CMD ["./hello"]
