# A library built from source and installed with --prefix=/usr before the pip build:
# the module pip compiles links it (3d0bee85's librdkafka).  On a Debian python image
# the builder gathers the libraries and programs in /usr that no dpkg package owns (the
# install's), and the runner gets them at the same paths, beside /usr/local's.
FROM python:3.11-slim AS builder
RUN set -ex; apt-get update; apt-get install -y --no-install-recommends gcc make wget libc6-dev; \
    mkdir -p /usr/src/librdkafka; cd /usr/src/librdkafka; \
    wget -O v2.3.0.tar.gz https://github.com/edenhill/librdkafka/archive/v2.3.0.tar.gz; \
    tar xf v2.3.0.tar.gz --strip-components=1; ./configure --prefix=/usr; make; make install; \
    rm -r /usr/src/librdkafka
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir confluent-kafka==2.3.0 && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|idle|pydoc|2to3)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]" && python -c 'exec("""import glob, os, shutil\ndest = "/opt/pip-data-files"\nos.makedirs(dest)\nfor site in glob.glob("/usr/local/lib/python*/site-packages"):\n    for info in sorted(os.listdir(site)):\n        top = os.path.join(site, info)\n        if info.endswith(".dist-info"):\n            record, base = os.path.join(top, "RECORD"), site\n        elif info.endswith(".egg-info"):\n            record, base = os.path.join(top, "installed-files.txt"), top\n        else:\n            continue\n        if not os.path.isfile(record):\n            continue\n        for line in open(record):\n            rel = line.rsplit(",", 2)[0] if record.endswith("RECORD") else line.rstrip("\\n")\n            path = os.path.normpath(os.path.join(base, rel))\n            out = dest + path\n            if not rel or path.startswith((site + "/", "/usr/local/bin/")) or os.path.lexists(out):\n                continue\n            if not os.path.lexists(path) or os.path.isdir(path):\n                continue\n            if not os.path.isdir(os.path.dirname(out)):\n                os.makedirs(os.path.dirname(out))\n            if os.path.islink(path):\n                os.symlink(os.readlink(path), out)\n            else:\n                shutil.copy2(path, out)""")' && python -c "import os, re, shutil; os.makedirs('/opt/local-libraries'); [os.symlink(os.readlink(p), os.path.join('/opt/local-libraries', f)) if os.path.islink(p) else shutil.copy2(p, '/opt/local-libraries') for f, p in ((f, os.path.join('/usr/local/lib', f)) for f in os.listdir('/usr/local/lib')) if re.match(r'lib.*[.]so', f) and not re.match(r'libpython', f) and (os.path.isfile(p) or os.path.islink(p))]" && python -c "import glob, os, re, shutil, subprocess, sys; out = subprocess.Popen(['dpkg', '--verify'], stdout=subprocess.PIPE).communicate()[0].decode('utf-8', 'replace'); changed = [l.split()[-1] for l in out.splitlines() if l[2:3] == '5' and re.match(r'/(usr/)?(s?bin/[^/]+|lib/([^/]*-linux-[^/]*/)?lib[^/]*[.]so[^/]*)\\Z', l.split()[-1])]; changed and sys.exit('dtranspile: the install into /usr wrote over files of packages, which the runner would have as packaged: ' + ' '.join(changed)); owned = set(); [owned.update((p, '/usr' + p)) for f in glob.glob('/var/lib/dpkg/info/*.list') for p in (open(f, 'rb').read() if str is bytes else os.fsdecode(open(f, 'rb').read())).splitlines()]; files = [p for p in glob.glob('/usr/lib/lib*.so*') + glob.glob('/usr/lib/*-linux-*/lib*.so*') + glob.glob('/usr/bin/*') + glob.glob('/usr/sbin/*') if p not in owned and (os.path.isfile(p) or os.path.islink(p)) and not (os.path.islink(p) and os.readlink(p).startswith('/etc/alternatives/'))]; os.makedirs('/opt/usr-files'); [os.path.isdir(os.path.dirname(t)) or os.makedirs(os.path.dirname(t)) for t in (os.path.join('/opt/usr-files', os.path.relpath(p, '/usr')) for p in files)]; [os.symlink(os.readlink(p), os.path.join('/opt/usr-files', os.path.relpath(p, '/usr'))) if os.path.islink(p) else shutil.copy2(p, os.path.join('/opt/usr-files', os.path.relpath(p, '/usr'))) for p in files]"

FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends libatomic1 libgomp1 wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# this image's own site-packages (pip, setuptools, wheel) and their scripts out first: COPY only adds, and the build may have upgraded or removed them
RUN rm -rf /usr/local/lib/python3.11/site-packages && rm -f /usr/local/bin/pip /usr/local/bin/pip[0-9]* /usr/local/bin/pip-[0-9]* /usr/local/bin/easy_install /usr/local/bin/easy_install[0-9]* /usr/local/bin/easy_install-[0-9]* /usr/local/bin/wheel /usr/local/bin/wheel[0-9]* /usr/local/bin/wheel-[0-9]*
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /opt/pip-data-files /
COPY --from=builder /opt/local-libraries /usr/local/lib
COPY --from=builder /opt/usr-files /usr
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["python", "app.py"]
