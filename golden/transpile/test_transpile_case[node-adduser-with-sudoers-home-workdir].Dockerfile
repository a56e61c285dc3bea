FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y nodejs npm sudo
COPY . /app
RUN adduser --disabled-password --gecos "" dev \
    && echo "dev ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers
ENV HOME="/home/dev"
USER dev
RUN cd /app && npm install
USER root
# the packages owning the libraries the compiled files load (ELF NEEDED, resolved by ldd), for the runner
RUN mkdir -p /var/lib/dtranspile && find /app /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*
# /home/dev as the original has it: the builder's where it has one (made before the WORKDIR), else as that WORKDIR makes it (as dev, 0755), for the runner (a copy keeps a child's owner and mode, not its target's)
# hadolint ignore=DL3059
RUN mkdir -p /var/lib/dtranspile/workdir && if [ -d /home/dev ]; then mkdir /var/lib/dtranspile/workdir/dev && chown "$(stat -c %u:%g /home/dev)" /var/lib/dtranspile/workdir/dev && chmod "$(stat -c %a /home/dev)" /var/lib/dtranspile/workdir/dev; else mkdir /var/lib/dtranspile/workdir/dev && chmod 755 /var/lib/dtranspile/workdir/dev && { ! id -u dev >/dev/null 2>&1 || chown dev:"$(id -g dev)" /var/lib/dtranspile/workdir/dev; }; fi
USER dev

FROM ubuntu:22.04
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y nodejs sudo && xargs -r apt-get install -y < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
RUN adduser --disabled-password --gecos "" dev \
    && echo "dev ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers
WORKDIR /home/dev
COPY --from=builder /app /app
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# /home/dev with the original's owner and mode (a WORKDIR or a copy here makes it root's 0755)
COPY --from=builder /var/lib/dtranspile/workdir /home/
ENV HOME="/home/dev"
USER dev
CMD ["node", "/app/server.js"]
