FROM gcc:13-bookworm
WORKDIR /src
COPY . .
RUN g++ -O2 -o app main.cpp
CMD ["./app"]
