FROM python:3.13-bookworm AS builder
RUN pip install uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev && mkdir -p /var/lib/dtranspile && find /app -type f '(' -name '*.so*' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM python:3.13-slim-bookworm
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages owning the libraries the build's compiled files load, as the builder found them
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive && dpkg-query -W -f '${Package}\n' > /tmp/dtranspile-runtime-packages.have && LC_ALL=C sort -u -o /tmp/dtranspile-runtime-packages.have /tmp/dtranspile-runtime-packages.have && LC_ALL=C comm -23 /tmp/dtranspile-runtime-packages /tmp/dtranspile-runtime-packages.have > /tmp/dtranspile-runtime-packages.need && xargs -r sh -c 'apt-get update && apt-get install -y --no-install-recommends "$@" && rm -rf /var/lib/apt/lists/*' sh < /tmp/dtranspile-runtime-packages.need && rm /tmp/dtranspile-runtime-packages /tmp/dtranspile-runtime-packages.have /tmp/dtranspile-runtime-packages.need
WORKDIR /app
COPY --from=builder /app /app
COPY . .
ENV PATH="/app/.venv/bin:$PATH"
EXPOSE 8000
CMD ["fastapi", "run", "main.py"]
