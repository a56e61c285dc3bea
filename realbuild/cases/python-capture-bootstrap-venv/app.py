"""A CLI on the bootstrapped venv: two PyPI packages and the index `make index` built."""
import json
import sys

import six
from dateutil import parser, tz

when = parser.isoparse("2024-07-01T12:00:00Z")
print("python", "%d.%d" % sys.version_info[:2], "venv", sys.prefix != sys.base_prefix)
print("six", six.__version__)
print("paris", when.astimezone(tz.gettz("Europe/Paris")).isoformat())
with open("build/index.json", encoding="utf-8") as f:
    print("index", json.load(f))
print("args", sys.argv[1:])
