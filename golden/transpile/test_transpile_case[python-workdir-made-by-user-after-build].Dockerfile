# USER app, then WORKDIR /data: BuildKit makes /data app's (llb.Mkdir as the USER in force),
# and no copy brings it. The runner's WORKDIR makes it root's 0755, so the builder stages an
# empty /data with the original's owner and mode and the runner copies it onto / (a copy
# gives a child its metadata, even an existing one): the program can write in /data
FROM python:3.11 AS builder
RUN useradd -m app
WORKDIR /src
COPY . .
RUN pip install --no-cache-dir flask==3.0.0 && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]" && python -c 'exec("""import glob, os, shutil\ndest = "/opt/pip-data-files"\nos.makedirs(dest)\nfor site in glob.glob("/usr/local/lib/python*/site-packages"):\n    for info in sorted(os.listdir(site)):\n        top = os.path.join(site, info)\n        if info.endswith(".dist-info"):\n            record, base = os.path.join(top, "RECORD"), site\n        elif info.endswith(".egg-info"):\n            record, base = os.path.join(top, "installed-files.txt"), top\n        else:\n            continue\n        if not os.path.isfile(record):\n            continue\n        for line in open(record):\n            rel = line.rsplit(",", 2)[0] if record.endswith("RECORD") else line.rstrip("\\n")\n            path = os.path.normpath(os.path.join(base, rel))\n            out = dest + path\n            if not rel or path.startswith((site + "/", "/usr/local/bin/")) or os.path.lexists(out):\n                continue\n            if not os.path.lexists(path) or os.path.isdir(path):\n                continue\n            if not os.path.isdir(os.path.dirname(out)):\n                os.makedirs(os.path.dirname(out))\n            if os.path.islink(path):\n                os.symlink(os.readlink(path), out)\n            else:\n                shutil.copy2(path, out)""")' && mkdir -p /opt/runtime-libraries && find /usr/local/lib/python3.11/site-packages /src /opt/console-scripts /opt/pip-data-files -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs
# /data as the original has it: the builder's where it has one (made before the WORKDIR), else as that WORKDIR makes it (as app, 0755), for the runner (a copy keeps a child's owner and mode, not its target's)
# hadolint ignore=DL3059
RUN mkdir -p /var/lib/dtranspile/workdir && if [ -d /data ]; then mkdir /var/lib/dtranspile/workdir/data && chown "$(stat -c %u:%g /data)" /var/lib/dtranspile/workdir/data && chmod "$(stat -c %a /data)" /var/lib/dtranspile/workdir/data; else mkdir /var/lib/dtranspile/workdir/data && chmod 755 /var/lib/dtranspile/workdir/data && { ! id -u app >/dev/null 2>&1 || chown app:"$(id -g app)" /var/lib/dtranspile/workdir/data; }; fi

FROM python:3.11-slim
WORKDIR /data
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /src /src
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /opt/pip-data-files /
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# /data with the original's owner and mode (a WORKDIR or a copy here makes it root's 0755)
COPY --from=builder /var/lib/dtranspile/workdir /
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
RUN useradd -m app
USER app
CMD ["python", "/src/app.py"]
