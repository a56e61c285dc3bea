# the gcc image keeps its own GCC runtime in /usr/local/lib64 (newer than Debian's): the
# builder reads the libraries with ldd and copies those no package owns
FROM gcc:13-bookworm
WORKDIR /src
COPY . .
RUN g++ -O2 -o app main.cpp
CMD ["./app"]
