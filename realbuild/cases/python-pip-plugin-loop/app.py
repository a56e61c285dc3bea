"""A CLI whose plugins' requirements a for loop over plugins/* installed with pip."""
import sys

import idna
import six
from dateutil import parser, tz

when = parser.isoparse("2024-07-01T12:00:00Z")
print("six", six.__version__)
print("idna", idna.encode("bücher.example").decode())
print("paris", when.astimezone(tz.gettz("Europe/Paris")).isoformat())
print("args", sys.argv[1:])
