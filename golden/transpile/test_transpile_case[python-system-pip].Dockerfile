FROM python:3.9 AS builder
WORKDIR /usr/src/app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]" && mkdir -p /var/lib/dtranspile && find /opt/console-scripts /usr/local/lib/python3.9/site-packages /usr/src/app -type f '(' -name '*.so*' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/opt\/console-scripts|\/usr\/local\/lib\/python3[.]9\/site-packages|\/usr\/src\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM python:3.9-slim
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages owning the libraries the build's compiled files load, as the builder found them
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive && dpkg-query -W -f '${Package}\n' > /tmp/dtranspile-runtime-packages.have && LC_ALL=C sort -u -o /tmp/dtranspile-runtime-packages.have /tmp/dtranspile-runtime-packages.have && LC_ALL=C comm -23 /tmp/dtranspile-runtime-packages /tmp/dtranspile-runtime-packages.have > /tmp/dtranspile-runtime-packages.need && xargs -r sh -c 'apt-get update && apt-get install -y --no-install-recommends "$@" && rm -rf /var/lib/apt/lists/*' sh < /tmp/dtranspile-runtime-packages.need && rm /tmp/dtranspile-runtime-packages /tmp/dtranspile-runtime-packages.have /tmp/dtranspile-runtime-packages.need
WORKDIR /usr/src/app
COPY --from=builder /usr/local/lib/python3.9/site-packages /usr/local/lib/python3.9/site-packages
COPY --from=builder /usr/src/app /usr/src/app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY . .
CMD ["python", "./your-daemon-or-script.py"]
