# libfmt-dev has no runtime package in the tables: the builder reads them from the ELF
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends g++ libfmt-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/report
COPY report.cpp .
RUN g++ -O2 -o report report.cpp -lfmt
CMD ["./report"]
