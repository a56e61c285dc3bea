# the runtime packages come from the generated package data of the builder's release:
# libboost-program-options-dev (a metapackage of boost-defaults) -> the Boost 1.74
# library, libsdl2-dev -> libsdl2-2.0-0, libglm-dev (header-only) -> nothing
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends g++ libboost-program-options-dev libsdl2-dev libglm-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/game
COPY main.cpp .
RUN g++ -O2 -o game main.cpp -lboost_program_options -lSDL2

FROM ubuntu:22.04
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libboost-program-options1.74.0 libegl1 libgl1 libsdl2-2.0-0 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/game
COPY --from=builder /opt/game/game /opt/game/game
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["./game"]
