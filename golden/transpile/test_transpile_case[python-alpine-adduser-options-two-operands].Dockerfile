# BusyBox `adduser -D -h /usr/local/searx -s /bin/sh searx searx`: with options, two
# operands create the user (the second is unused; a membership only without options),
# so the runner, which repeats the line, knows searx for the `chown` after it. The
# `sed -i` after `COPY searx ./searx` edits the context's settings.yml, which only the
# runner's copy brings: it runs in the runner, after that copy.
FROM alpine:3.18 AS builder
WORKDIR /usr/local/searx
RUN adduser -D -h /usr/local/searx -s /bin/sh searx searx
COPY requirements.txt ./requirements.txt
RUN apk add --no-cache python3 py3-pip build-base python3-dev libxml2-dev     && pip install --no-cache-dir --break-system-packages -r requirements.txt     && rm -rf /root/.cache && python3 -c 'exec("""import glob, os, shutil, subprocess\nroots, dest = ["/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/lib/python*", "/usr/lib64/python*"], "/var/lib/dtranspile/staging"\nos.makedirs(dest)\ndef name(b):\n    return b if str is bytes else os.fsdecode(b)\nowned = set()\ntop = ""\nfor l in map(name, open("/lib/apk/db/installed", "rb")):\n    if l.startswith("F:"):\n        top = "/" + l[2:].strip()\n    elif l.startswith("R:"):\n        owned.add(top + "/" + l[2:].strip())\nmade = set()\ndef by_pip(info):\n    f = os.path.join(info, "INSTALLER")\n    return os.path.isfile(f) and open(f).read().strip() == "pip" and os.path.isfile(os.path.join(info, "RECORD"))\nfor root in [r for g in roots for r in sorted(glob.glob(g)) if not os.path.islink(r)]:\n    for top, dirs, files in os.walk(root):\n        for f in files + [x for x in dirs if os.path.islink(os.path.join(top, x))]:\n            p = os.path.join(top, f)\n            if p not in owned and os.path.realpath(p) not in owned and not (p.startswith("/usr/") and p[4:] in owned) and not (os.path.islink(p) and os.readlink(p).startswith("/etc/alternatives/")):\n                made.add(p)\n        for x in dirs:\n            if x.endswith(".dist-info") and by_pip(os.path.join(top, x)):\n                for l in map(name, open(os.path.join(top, x, "RECORD"), "rb")):\n                    rel = l.rsplit(",", 2)[0]\n                    if rel:\n                        made.add(os.path.normpath(os.path.join(top, rel)))\n            elif x.endswith(".egg-info") and os.path.isfile(os.path.join(top, x, "installed-files.txt")):\n                for l in map(name, open(os.path.join(top, x, "installed-files.txt"), "rb")):\n                    rel = os.path.join(x, l.rstrip("\\n"))\n                    if l.strip():\n                        made.add(os.path.normpath(os.path.join(top, rel)))\ndef source_made(p):\n    head, f = os.path.split(p)\n    return os.path.basename(head) != "__pycache__" or os.path.join(os.path.dirname(head), f.split(".")[0] + ".py") in made\nfor p in sorted(made):\n    if not os.path.lexists(p) or not source_made(p):\n        continue\n    out = dest + p\n    if not os.path.isdir(os.path.dirname(out)):\n        os.makedirs(os.path.dirname(out))\n    if os.path.islink(p):\n        os.symlink(os.readlink(p), out)\n    elif os.path.isfile(p):\n        shutil.copy2(p, out)\ngone = set()\nfor root in [r for g in roots for r in sorted(glob.glob(g)) if not os.path.islink(r)]:\n    gone.update(p for p in owned if p.startswith(root + "/") and not os.path.lexists(p))\nout = dest + "/var/lib/dtranspile/removed"\nif not os.path.isdir(os.path.dirname(out)):\n    os.makedirs(os.path.dirname(out))\ndata = "".join(p + "\\n" for p in sorted(gone))\nopen(out, "wb").write(data if str is bytes else os.fsencode(data))""")' && mkdir -p /var/lib/dtranspile && find /usr/local /var/lib/dtranspile/staging -type f '(' -name '*.so*' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/usr\/local|\/var\/lib\/dtranspile\/staging)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && xargs -r apk info --who-owns < /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.owners && sed -e 's/.* is owned by //' -e 's/-[^-]*-r[0-9]*$//' /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM alpine:3.18
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3018
RUN apk add --no-cache libxml2 py3-pip python3 && xargs -r apk add --no-cache < /tmp/dtranspile-runtime-packages && rm /tmp/dtranspile-runtime-packages
WORKDIR /usr/local/searx
COPY --from=builder /usr/local /usr/local
COPY --from=builder /var/lib/dtranspile/staging /
# the packages' files the build removed (a pip upgrade over a packaged module), removed here too
RUN while IFS= read -r f; do rm -rf "$f"; done < /var/lib/dtranspile/removed && rm -f /var/lib/dtranspile/removed
RUN adduser -D -h /usr/local/searx -s /bin/sh searx searx
COPY searx ./searx
RUN chown -R searx:searx *
USER searx
RUN sed -i "s/127.0.0.1/0.0.0.0/g" searx/settings.yml
CMD ["python3", "searx/webapp.py"]
