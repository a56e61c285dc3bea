# python:3.8.5's own setuptools (before 52) has /usr/local/bin/easy_install and
# easy_install-3.8; the build upgrades it past 52, whose uninstall of the old one removes
# them, and pip's upgrade rewrites pip, pip3 and pip3.8. The runner's own scripts go with
# its site-packages and the builder's come as the build left them (the upgraded pip's,
# no easy_install), as in the original
FROM python:3.8.5
WORKDIR /srv
RUN pip install --no-cache-dir --upgrade pip setuptools wheel \
 && pip install --no-cache-dir flask==2.2.5
COPY . .
CMD ["python", "server.py"]
