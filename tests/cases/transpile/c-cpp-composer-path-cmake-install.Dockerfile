# a PATH entry the Dockerfile adds before /usr/local/bin (composer's vendor/bin) does
# not hide a cmake install: cmake's install rules write the prefix its configure step
# set, which is staged from the php image's own /usr/local
FROM php:8.2-cli-bookworm
ENV PATH=/composer/vendor/bin:$PATH
RUN apt-get update && apt-get install -y --no-install-recommends cmake g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/tool
COPY . .
RUN cmake -S . -B build && cmake --build build && cmake --install build
CMD ["tool"]
