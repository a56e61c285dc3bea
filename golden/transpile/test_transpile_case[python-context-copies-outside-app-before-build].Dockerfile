# Context files copied outside the app directory before the build are what the
# original image holds at run time: the runner repeats each with the destination's
# meaning and flags, except what only feeds the build (a requirements list pip reads,
# sources under /usr/src the build compiles).
FROM python:3.9 AS builder
WORKDIR /etc/myapp
COPY --chown=1000:1000 --chmod=640 settings.ini .
WORKDIR /app
COPY docker/config.txt /etc/napalm/logs
COPY entry.py /
COPY defaults.yml /opt/
COPY words.txt /usr/share/myapp/
COPY requirements.txt /
COPY libgreet /usr/src/libgreet
RUN cd /usr/src/libgreet && make install
RUN pip install -r /requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|idle|pydoc|2to3)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]" && python -c 'exec("""import glob, os, shutil\ndest = "/opt/pip-data-files"\nos.makedirs(dest)\nfor site in glob.glob("/usr/local/lib/python*/site-packages"):\n    for info in sorted(os.listdir(site)):\n        top = os.path.join(site, info)\n        if info.endswith(".dist-info"):\n            record, base = os.path.join(top, "RECORD"), site\n        elif info.endswith(".egg-info"):\n            record, base = os.path.join(top, "installed-files.txt"), top\n        else:\n            continue\n        if not os.path.isfile(record):\n            continue\n        for line in open(record):\n            rel = line.rsplit(",", 2)[0] if record.endswith("RECORD") else line.rstrip("\\n")\n            path = os.path.normpath(os.path.join(base, rel))\n            out = dest + path\n            if not rel or path.startswith((site + "/", "/usr/local/bin/")) or os.path.lexists(out):\n                continue\n            if not os.path.lexists(path) or os.path.isdir(path):\n                continue\n            if not os.path.isdir(os.path.dirname(out)):\n                os.makedirs(os.path.dirname(out))\n            if os.path.islink(path):\n                os.symlink(os.readlink(path), out)\n            else:\n                shutil.copy2(path, out)""")' && python -c "import os, re, shutil; os.makedirs('/opt/local-libraries'); [os.symlink(os.readlink(p), os.path.join('/opt/local-libraries', f)) if os.path.islink(p) else shutil.copy2(p, '/opt/local-libraries') for f, p in ((f, os.path.join('/usr/local/lib', f)) for f in os.listdir('/usr/local/lib')) if re.match(r'lib.*[.]so', f) and not re.match(r'libpython', f) and (os.path.isfile(p) or os.path.islink(p))]"

FROM python:3.9
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY --chown=1000:1000 --chmod=640 settings.ini /etc/myapp/
# files the program may read at run time (config, templates, static files)
COPY docker/config.txt /etc/napalm/logs
# files the program may read at run time (config, templates, static files)
COPY entry.py /
# files the program may read at run time (config, templates, static files)
COPY defaults.yml /opt/
# files the program may read at run time (config, templates, static files)
COPY words.txt /usr/share/myapp/
# this image's own site-packages (pip, setuptools, wheel) and their scripts out first: COPY only adds, and the build may have upgraded or removed them
RUN rm -rf /usr/local/lib/python3.9/site-packages && rm -f /usr/local/bin/pip /usr/local/bin/pip[0-9]* /usr/local/bin/pip-[0-9]* /usr/local/bin/easy_install /usr/local/bin/easy_install[0-9]* /usr/local/bin/easy_install-[0-9]* /usr/local/bin/wheel /usr/local/bin/wheel[0-9]* /usr/local/bin/wheel-[0-9]*
COPY --from=builder /usr/local/lib/python3.9/site-packages /usr/local/lib/python3.9/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /opt/pip-data-files /
COPY --from=builder /opt/local-libraries /usr/local/lib
# libraries were copied to /usr/local/lib
RUN ldconfig
COPY . .
ENTRYPOINT ["python", "/entry.py"]
CMD ["napalm-logs", "--config-file", "/etc/napalm/logs"]
