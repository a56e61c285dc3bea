# libfmt-dev's runtime package on bookworm, libfmt9, comes from the generated package
# data (it came from the ELF NEEDED entries read in the builder before the data had it)
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends g++ libfmt-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/report
COPY report.cpp .
RUN g++ -O2 -o report report.cpp -lfmt

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libfmt9 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/report
COPY --from=builder /opt/report/report /opt/report/report
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["./report"]
