# `bash -c "... pip3 install -r /tmp/dev.txt"` after the build: the walk reads the
# string's commands as the child shell runs them (its `cd /tmp` ends with it), so this is
# the same pip install as `RUN cd /tmp && pip3 install -r dev.txt` (a build step whose
# files are staged for the same-image runner), no longer one word whose effect had to be
# captured
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y python3-pip python3-dev libpq-dev gcc
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY dev.txt /tmp/dev.txt
RUN /bin/bash -c "cd /tmp && pip3 install -r dev.txt" && python3 -c 'exec("""import glob, os, shutil, subprocess\nroots, dest = ["/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/lib/python*", "/usr/lib64/python*"], "/var/lib/dtranspile/staging"\nos.makedirs(dest)\ndef name(b):\n    return b if str is bytes else os.fsdecode(b)\nowned = set()\nd = "/var/lib/dpkg/info"\nfor f in os.listdir(d):\n    if f.endswith(".list"):\n        for l in open(os.path.join(d, f), "rb"):\n            owned.add(name(l.rstrip(b"\\n")))\nmade = set()\ndef by_pip(info):\n    f = os.path.join(info, "INSTALLER")\n    return os.path.isfile(f) and open(f).read().strip() == "pip" and os.path.isfile(os.path.join(info, "RECORD"))\nfor root in [r for g in roots for r in sorted(glob.glob(g)) if not os.path.islink(r)]:\n    for top, dirs, files in os.walk(root):\n        for f in files + [x for x in dirs if os.path.islink(os.path.join(top, x))]:\n            p = os.path.join(top, f)\n            if p not in owned and os.path.realpath(p) not in owned and not (p.startswith("/usr/") and p[4:] in owned) and not (os.path.islink(p) and os.readlink(p).startswith("/etc/alternatives/")):\n                made.add(p)\n        for x in dirs:\n            if x.endswith(".dist-info") and by_pip(os.path.join(top, x)):\n                for l in map(name, open(os.path.join(top, x, "RECORD"), "rb")):\n                    rel = l.rsplit(",", 2)[0]\n                    if rel:\n                        made.add(os.path.normpath(os.path.join(top, rel)))\ndef source_made(p):\n    head, f = os.path.split(p)\n    return os.path.basename(head) != "__pycache__" or os.path.join(os.path.dirname(head), f.split(".")[0] + ".py") in made\nfor p in sorted(made):\n    if not os.path.lexists(p) or not source_made(p):\n        continue\n    out = dest + p\n    if not os.path.isdir(os.path.dirname(out)):\n        os.makedirs(os.path.dirname(out))\n    if os.path.islink(p):\n        os.symlink(os.readlink(p), out)\n    elif os.path.isfile(p):\n        shutil.copy2(p, out)\ngone = set()\nfor root in [r for g in roots for r in sorted(glob.glob(g)) if not os.path.islink(r)]:\n    gone.update(p for p in owned if p.startswith(root + "/") and not os.path.lexists(p))\nout = dest + "/var/lib/dtranspile/removed"\nif not os.path.isdir(os.path.dirname(out)):\n    os.makedirs(os.path.dirname(out))\ndata = "".join(p + "\\n" for p in sorted(gone))\nopen(out, "wb").write(data if str is bytes else os.fsencode(data))""")' && mkdir -p /var/lib/dtranspile && find /app /usr/local /var/lib/dtranspile/staging -type f '(' -name '*.so*' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/app|\/usr\/local|\/var\/lib\/dtranspile\/staging)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan* && mkdir -p /opt/dtranspile-pip-checkouts && { [ ! -e /tmp/src ] || { mkdir -p /opt/dtranspile-pip-checkouts/tmp && cp -pR /tmp/src /opt/dtranspile-pip-checkouts/tmp/; }; }

FROM ubuntu:22.04
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-setuptools && apt-get install -y libpq5 && xargs -r apt-get install -y < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
WORKDIR /app
COPY --from=builder /usr/local /usr/local
COPY --from=builder /var/lib/dtranspile/staging /
COPY --from=builder /app /app
COPY --from=builder /opt/dtranspile-pip-checkouts /
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# the packages' files the build removed (a pip upgrade over a packaged module), removed here too
RUN while IFS= read -r f; do rm -rf "$f"; done < /var/lib/dtranspile/removed && rm -f /var/lib/dtranspile/removed
COPY . .
CMD ["python3", "app.py"]
