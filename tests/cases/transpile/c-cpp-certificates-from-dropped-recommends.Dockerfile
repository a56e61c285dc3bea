# The image has no CA certificates; libcurl4-openssl-dev's libcurl and git (installed with
# their Recommends) bring ca-certificates into the original, and the program fetches
# work over https. The runner installs only the libraries the binary links (read with
# ldd in the builder, without Recommends), so it installs ca-certificates itself.
FROM ubuntu:12.10
RUN apt-get update -qq
RUN apt-get install -qqy automake libcurl4-openssl-dev git make
RUN git clone https://github.com/pooler/cpuminer
RUN cd cpuminer && ./autogen.sh && ./configure CFLAGS="-O3" && make
WORKDIR /cpuminer
ENTRYPOINT ["./minerd"]
