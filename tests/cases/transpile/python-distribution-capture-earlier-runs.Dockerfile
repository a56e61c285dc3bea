# the RUNs after the build that the same-image runner would repeat (a tool unpacked into
# /opt) stand before a captured one that uses that tool (make stays in the builder): the
# capture window starts at the first of them, so the builder runs them all, as the
# original did
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip make wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install .
RUN wget -q https://example.org/tool.tar.gz && tar -C /opt -xzf tool.tar.gz && rm tool.tar.gz
RUN make -C /opt/tool install-data PREFIX=/srv/data
CMD ["python3", "-m", "app"]
