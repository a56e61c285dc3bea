# `./waf install` puts the libraries it built in /usr/local/lib, like make install:
# they are gathered in the builder and copied to the runner, which runs ldconfig
FROM python:3.11-bookworm AS builder
RUN apt-get update && apt-get install -y build-essential libfftw3-dev libyaml-dev \
    && git clone https://github.com/MTG/essentia.git /essentia && cd /essentia \
    && python3 ./waf configure --with-python && python3 ./waf && python3 ./waf install && ldconfig \
    && cd / && rm -rf /essentia
RUN pip install numpy==1.26.4 librosa && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]" && python -c "import os, re, shutil; os.makedirs('/opt/local-libraries'); [os.symlink(os.readlink(p), os.path.join('/opt/local-libraries', f)) if os.path.islink(p) else shutil.copy2(p, '/opt/local-libraries') for f, p in ((f, os.path.join('/usr/local/lib', f)) for f in os.listdir('/usr/local/lib')) if re.match(r'lib.*[.]so', f) and not re.match(r'libpython', f) and (os.path.isfile(p) or os.path.islink(p))]" && mkdir -p /opt/runtime-libraries && find /usr/local/lib/python3.11/site-packages /opt/console-scripts /opt/local-libraries -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libfftw3-double3 libfftw3-long3 libfftw3-quad3 libfftw3-single3 libyaml-0-2 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /opt/local-libraries /usr/local/lib
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
ADD analyze.py /
ENTRYPOINT ["python", "/analyze.py"]
