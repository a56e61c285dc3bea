"""A CLI using two PyPI packages installed with pip into the system site-packages."""
import sys

import six
from dateutil import parser, tz

when = parser.isoparse("2024-07-01T12:00:00Z")
print("six", six.__version__)
print("paris", when.astimezone(tz.gettz("Europe/Paris")).isoformat())
print("args", sys.argv[1:])
