"""Renders each argument as Markdown with the installed extension, under the German
locale the image generated, with the greeting from /etc/mdapp.conf."""
import locale
import sys

import mdnative

locale.setlocale(locale.LC_ALL, "")
with open("/etc/mdapp.conf") as f:
    conf = dict(line.strip().split("=", 1) for line in f if "=" in line)
print(conf["greeting"], locale.format_string("%.2f", 1234567.891, grouping=True))
for text in sys.argv[1:]:
    print(mdnative.to_html(text).strip())
print("cmark", mdnative.version())
