# the runner installs wget again with its Recommends, as the original did: they bring
# ca-certificates, so the runner needs no install of its own for them (and no warning)
FROM debian:bookworm
RUN apt-get update && apt-get install -y gcc libc6-dev wget
WORKDIR /src
COPY main.c .
RUN gcc -O2 -o /usr/local/bin/fetcher main.c
CMD ["fetcher"]
