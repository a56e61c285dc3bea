# libfmt-dev has no runtime package in the tables: the builder reads them from the ELF
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends g++ libfmt-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/report
COPY report.cpp .
RUN g++ -O2 -o report report.cpp -lfmt && mkdir -p /usr/local/share/dtranspile && ldd /opt/report/report > /tmp/dtranspile-ldd && awk '$2 == "=>" && $3 ~ /^\// { so = $3; sub("^/(usr/)?", "", so); print "*" so }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && sort -u -o /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.libs && xargs -r dpkg-query --search < /tmp/dtranspile-ldd.libs > /tmp/dtranspile-ldd.owners && cut -d: -f1 /tmp/dtranspile-ldd.owners > /tmp/dtranspile-ldd.packages && sort -u -o /usr/local/share/dtranspile/runtime-packages /tmp/dtranspile-ldd.packages && rm /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.packages

FROM debian:bookworm-slim
COPY --from=builder /usr/local/share/dtranspile/runtime-packages /tmp/runtime-packages
# runtime libraries the binary links against, as the builder found them
# hadolint ignore=DL3008
RUN apt-get update && xargs -r apt-get install -y --no-install-recommends < /tmp/runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/runtime-packages
WORKDIR /opt/report
COPY --from=builder /opt/report/report /opt/report/report
CMD ["./report"]
