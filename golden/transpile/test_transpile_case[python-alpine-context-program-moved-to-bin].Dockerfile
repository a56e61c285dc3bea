# a script of the build context moved into /bin (wait-for): what it is is not known
# here, so the runner gets it at the same path and tests it there (a script's
# interpreter, an ELF file's libraries) (corpus 07a8816a)
FROM python:3.12-alpine AS builder
RUN apk add --no-cache libpq
RUN apk add --no-cache --virtual .build-deps gcc musl-dev postgresql-dev
WORKDIR /usr/src/app
COPY . .
RUN mv wait-for /bin/wait-for
RUN pip install --no-cache-dir -r requirements.txt
RUN apk del .build-deps && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|idle|pydoc|2to3)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]" && python -c 'exec("""import glob, os, shutil\ndest = "/opt/pip-data-files"\nos.makedirs(dest)\nfor site in glob.glob("/usr/local/lib/python*/site-packages"):\n    for info in sorted(os.listdir(site)):\n        top = os.path.join(site, info)\n        if info.endswith(".dist-info"):\n            record, base = os.path.join(top, "RECORD"), site\n        elif info.endswith(".egg-info"):\n            record, base = os.path.join(top, "installed-files.txt"), top\n        else:\n            continue\n        if not os.path.isfile(record):\n            continue\n        for line in open(record):\n            rel = line.rsplit(",", 2)[0] if record.endswith("RECORD") else line.rstrip("\\n")\n            path = os.path.normpath(os.path.join(base, rel))\n            out = dest + path\n            if not rel or path.startswith((site + "/", "/usr/local/bin/")) or os.path.lexists(out):\n                continue\n            if not os.path.lexists(path) or os.path.isdir(path):\n                continue\n            if not os.path.isdir(os.path.dirname(out)):\n                os.makedirs(os.path.dirname(out))\n            if os.path.islink(path):\n                os.symlink(os.readlink(path), out)\n            else:\n                shutil.copy2(path, out)""")'

FROM python:3.12-alpine
RUN apk add --no-cache libpq
WORKDIR /usr/src/app
COPY --from=builder /usr/local/bin/gunicorn /usr/local/bin/gunicorn
# this image's own site-packages (pip, setuptools, wheel) and their scripts out first: COPY only adds, and the build may have upgraded or removed them
RUN rm -rf /usr/local/lib/python3.12/site-packages && rm -f /usr/local/bin/pip /usr/local/bin/pip[0-9]* /usr/local/bin/pip-[0-9]* /usr/local/bin/easy_install /usr/local/bin/easy_install[0-9]* /usr/local/bin/easy_install-[0-9]* /usr/local/bin/wheel /usr/local/bin/wheel[0-9]* /usr/local/bin/wheel-[0-9]*
COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY --from=builder /usr/src/app /usr/src/app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /opt/pip-data-files /
COPY --from=builder /bin/wait-for /bin/wait-for
# the programs put on the PATH by hand, carried from the builder: a library or an interpreter they need and this image lacks fails the build, not the container
RUN set -- /bin/wait-for; for p in "$@"; do test -x "$p" || { echo "dtranspile: $p is not an executable file here" >&2; exit 1; }; if [ "$(head -c 4 "$p")" = "$(printf '\177ELF')" ]; then ldd "$p" > /tmp/dtranspile-ldd 2>&1; ! grep -q -e 'not found' -e 'Error loading' /tmp/dtranspile-ldd || { echo "dtranspile: $p loads a library this image lacks:" >&2; cat /tmp/dtranspile-ldd >&2; exit 1; }; elif [ "$(head -c 2 "$p")" = '#!' ]; then read -r i a b _ < "$p"; if [ "$i" = '#!' ]; then i=$a; a=$b; else i=${i#??}; fi; { [ -x "$i" ] && { [ "${i##*/}" != env ] || command -v "$a" > /dev/null; }; } || { echo "dtranspile: $p is a script for $i, which this image lacks" >&2; exit 1; }; fi; done; rm -f /tmp/dtranspile-ldd
CMD ["gunicorn", "mysite.wsgi", "0:8000"]
