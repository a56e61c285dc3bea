# `python setup.py install` beside pip in the install RUN: setuptools 80 (and a distutils
# setup.py) put its data_files under /usr/local (share/setupgreet/), and nothing records
# them (no pip RECORD, no installed-files.txt); the builder makes a marker first and
# gathers every file the build wrote under /usr/local with a newer ctime, outside
# site-packages, /usr/local/bin and the copied /usr/local/src/app, with pip's recorded
# data files (the project of setup.py is not read, so the runner is the builder's own
# image; pip's cache is what stays behind)
FROM python:3.11-bookworm AS builder
# what the build writes under /usr/local is newer than this file (setup.py install's data files, gathered for the runner after the build)
RUN mkdir -p /var/lib/dtranspile && touch /var/lib/dtranspile/pip-data.marker
WORKDIR /usr/local/src/app
COPY . .
RUN pip install -r requirements.txt && python setup.py install && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|idle|pydoc|2to3)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]" && python -c 'exec("""import glob, os, shutil\ndest = "/opt/pip-data-files"\nos.makedirs(dest)\nfor site in glob.glob("/usr/local/lib/python*/site-packages"):\n    for info in sorted(os.listdir(site)):\n        top = os.path.join(site, info)\n        if info.endswith(".dist-info"):\n            record, base = os.path.join(top, "RECORD"), site\n        elif info.endswith(".egg-info"):\n            record, base = os.path.join(top, "installed-files.txt"), top\n        else:\n            continue\n        if not os.path.isfile(record):\n            continue\n        for line in open(record):\n            rel = line.rsplit(",", 2)[0] if record.endswith("RECORD") else line.rstrip("\\n")\n            path = os.path.normpath(os.path.join(base, rel))\n            out = dest + path\n            if not rel or path.startswith((site + "/", "/usr/local/bin/")) or os.path.lexists(out):\n                continue\n            if not os.path.lexists(path) or os.path.isdir(path):\n                continue\n            if not os.path.isdir(os.path.dirname(out)):\n                os.makedirs(os.path.dirname(out))\n            if os.path.islink(path):\n                os.symlink(os.readlink(path), out)\n            else:\n                shutil.copy2(path, out)\nsince = os.stat("/var/lib/dtranspile/pip-data.marker").st_mtime\nskip = tuple(glob.glob("/usr/local/lib/python*/site-packages")) + ("/usr/local/bin",) + ("/usr/local/lib/python3.11/site-packages", )\nfor top, dirs, files in os.walk("/usr/local"):\n    dirs[:] = [d for d in dirs if d != "__pycache__" and os.path.join(top, d) not in skip]\n    for name in files + [d for d in dirs if os.path.islink(os.path.join(top, d))]:\n        path = os.path.join(top, name)\n        out = dest + path\n        if os.lstat(path).st_ctime <= since or os.path.lexists(out):\n            continue\n        if not os.path.isdir(os.path.dirname(out)):\n            os.makedirs(os.path.dirname(out))\n        if os.path.islink(path):\n            os.symlink(os.readlink(path), out)\n        else:\n            shutil.copy2(path, out)""")' && mkdir -p /opt/dtranspile-pip-checkouts && { [ ! -e /usr/local/src/app/src ] || { mkdir -p /opt/dtranspile-pip-checkouts/usr/local/src/app && cp -pR /usr/local/src/app/src /opt/dtranspile-pip-checkouts/usr/local/src/app/; }; }

FROM python:3.11-bookworm
WORKDIR /
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /usr/local/src/app /usr/local/src/app
COPY --from=builder /usr/local/bin/setupgreet /usr/local/bin/setupgreet
# this image's own site-packages (pip, setuptools, wheel) and their scripts out first: COPY only adds, and the build may have upgraded or removed them
RUN rm -rf /usr/local/lib/python3.11/site-packages && rm -f /usr/local/bin/pip /usr/local/bin/pip[0-9]* /usr/local/bin/pip-[0-9]* /usr/local/bin/easy_install /usr/local/bin/easy_install[0-9]* /usr/local/bin/easy_install-[0-9]* /usr/local/bin/wheel /usr/local/bin/wheel[0-9]* /usr/local/bin/wheel-[0-9]*
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /opt/pip-data-files /
COPY --from=builder /opt/dtranspile-pip-checkouts /
CMD ["setupgreet"]
