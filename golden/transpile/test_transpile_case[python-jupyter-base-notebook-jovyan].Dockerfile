# jupyter/base-notebook (image data: images/base-notebook/Dockerfile of jupyter/docker-stacks'
# last commit built for Docker Hub, 2023-10-20, on the foundation the same run built:
# Ubuntu jammy, conda in /opt/conda, USER 1000, the account jovyan its useradd creates):
# USER jovyan names an account the image has, so the runner is the same image with what
# pip added to /opt/conda staged, and ends as jovyan
FROM jupyter/base-notebook AS builder
USER root
# what the build writes or removes in the image's own /usr/local, /opt/conda is found against this marker and listing (staged for the runner after the build)
RUN mkdir -p /var/lib/dtranspile && touch /var/lib/dtranspile/marker && { find /usr/local /opt/conda > /var/lib/dtranspile/before 2>/dev/null || true; }
RUN apt-get update && apt-get install -y gcc libpq-dev
USER jovyan
COPY requirements.txt /tmp/
RUN pip install -r /tmp/requirements.txt
USER root
# the files the installs created among the distribution's own, at their absolute paths under /var/lib/dtranspile/staging, for the runner
RUN python -c 'exec("""import glob, os, shutil, subprocess\nroots, dest = ["/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/lib/python*", "/usr/lib64/python*", "/usr/local", "/opt/conda"], "/var/lib/dtranspile/staging"\nos.makedirs(dest)\ndef name(b):\n    return b if str is bytes else os.fsdecode(b)\nowned = set()\nd = "/var/lib/dpkg/info"\nfor f in os.listdir(d):\n    if f.endswith(".list"):\n        for l in open(os.path.join(d, f), "rb"):\n            owned.add(name(l.rstrip(b"\\n")))\nmade = set()\nsince = os.lstat("/var/lib/dtranspile/marker").st_ctime\ndef by_pip(info):\n    f = os.path.join(info, "INSTALLER")\n    return os.path.isfile(f) and open(f).read().strip() == "pip" and os.path.isfile(os.path.join(info, "RECORD"))\nfor root in [r for g in roots for r in sorted(glob.glob(g)) if not os.path.islink(r)]:\n    for top, dirs, files in os.walk(root):\n        for f in files + [x for x in dirs if os.path.islink(os.path.join(top, x))]:\n            p = os.path.join(top, f)\n            if p not in owned and os.path.realpath(p) not in owned and not (p.startswith("/usr/") and p[4:] in owned) and not (os.path.islink(p) and os.readlink(p).startswith("/etc/alternatives/")) and os.lstat(p).st_ctime > since:\n                made.add(p)\n        for x in dirs:\n            if x.endswith(".dist-info") and by_pip(os.path.join(top, x)):\n                for l in map(name, open(os.path.join(top, x, "RECORD"), "rb")):\n                    rel = l.rsplit(",", 2)[0]\n                    if rel and os.path.lexists(os.path.join(top, rel)) and os.lstat(os.path.join(top, rel)).st_ctime > since:\n                        made.add(os.path.normpath(os.path.join(top, rel)))\ndef source_made(p):\n    head, f = os.path.split(p)\n    return os.path.basename(head) != "__pycache__" or os.path.join(os.path.dirname(head), f.split(".")[0] + ".py") in made\nfor p in sorted(made):\n    if not os.path.lexists(p) or not source_made(p):\n        continue\n    out = dest + p\n    if not os.path.isdir(os.path.dirname(out)):\n        os.makedirs(os.path.dirname(out))\n    if os.path.islink(p):\n        os.symlink(os.readlink(p), out)\n    elif os.path.isfile(p):\n        shutil.copy2(p, out)\ngone = [l.rstrip(b"\\n") for l in open("/var/lib/dtranspile/before", "rb") if not os.path.lexists(l.rstrip(b"\\n"))]\nout = dest + "/var/lib/dtranspile/removed"\nif not os.path.isdir(os.path.dirname(out)):\n    os.makedirs(os.path.dirname(out))\nopen(out, "wb").write(b"".join(p + b"\\0" for p in gone))""")' && mkdir -p /var/lib/dtranspile && find /home/jovyan /var/lib/dtranspile/staging -type f '(' -name '*.so*' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/home\/jovyan|\/var\/lib\/dtranspile\/staging|\/usr\/local|\/opt\/conda)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && xargs -r -I{} find {} -maxdepth 0 -cnewer /var/lib/dtranspile/marker < /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.new && mv /tmp/dtranspile-scan.new /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*
USER jovyan

FROM jupyter/base-notebook
USER root
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y libpq5 && xargs -r apt-get install -y < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
# build inputs outside the app directory, which the program may read at run time
COPY requirements.txt /tmp/
COPY --from=builder /var/lib/dtranspile/staging /
COPY --from=builder /home/jovyan /home/jovyan
# what the build removed from the image's own files, removed here too
RUN xargs -0 -r rm -rf < /var/lib/dtranspile/removed && rm -f /var/lib/dtranspile/removed
USER jovyan
COPY app.py /home/jovyan/
CMD ["python", "/home/jovyan/app.py"]
