# the script the command runs is copied with the requirements before the build into
# /usr/src/app, where the build works (pip install -r there): the runner's repeat of
# context copies leaves such a place out as the build's sources, so the folder is carried
# whole (it transpiled to a runner without the script)
FROM python:3.11 AS builder
COPY app.py requirements.txt /usr/src/app/
RUN cd /usr/src/app && pip install -r requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|idle|pydoc|2to3)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]" && python -c 'exec("""import glob, os, shutil\ndest = "/opt/pip-data-files"\nos.makedirs(dest)\nfor site in glob.glob("/usr/local/lib/python*/site-packages"):\n    for info in sorted(os.listdir(site)):\n        top = os.path.join(site, info)\n        if info.endswith(".dist-info"):\n            record, base = os.path.join(top, "RECORD"), site\n        elif info.endswith(".egg-info"):\n            record, base = os.path.join(top, "installed-files.txt"), top\n        else:\n            continue\n        if not os.path.isfile(record):\n            continue\n        for line in open(record):\n            rel = line.rsplit(",", 2)[0] if record.endswith("RECORD") else line.rstrip("\\n")\n            path = os.path.normpath(os.path.join(base, rel))\n            out = dest + path\n            if not rel or path.startswith((site + "/", "/usr/local/bin/")) or os.path.lexists(out):\n                continue\n            if not os.path.lexists(path) or os.path.isdir(path):\n                continue\n            if not os.path.isdir(os.path.dirname(out)):\n                os.makedirs(os.path.dirname(out))\n            if os.path.islink(path):\n                os.symlink(os.readlink(path), out)\n            else:\n                shutil.copy2(path, out)""")'

FROM python:3.11
# this image's own site-packages (pip, setuptools, wheel) and their scripts out first: COPY only adds, and the build may have upgraded or removed them
RUN rm -rf /usr/local/lib/python3.11/site-packages && rm -f /usr/local/bin/pip /usr/local/bin/pip[0-9]* /usr/local/bin/pip-[0-9]* /usr/local/bin/easy_install /usr/local/bin/easy_install[0-9]* /usr/local/bin/easy_install-[0-9]* /usr/local/bin/wheel /usr/local/bin/wheel[0-9]* /usr/local/bin/wheel-[0-9]*
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /usr/src/app /usr/src/app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /opt/pip-data-files /
CMD ["python", "/usr/src/app/app.py"]
