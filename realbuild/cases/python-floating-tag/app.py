"""Prints what it imports from the system site-packages, and whether that directory is
the one of the Python running it (the X.Y the tag had when it was pulled)."""
import os
import sys

import dateutil
import six
from dateutil.relativedelta import relativedelta
from datetime import date

xy = "%d.%d" % sys.version_info[:2]
site = "/usr/local/lib/python%s/site-packages" % xy
print("dateutil", dateutil.__version__, "six", six.__version__)
print("from the interpreter's own site-packages:",
      os.path.realpath(dateutil.__file__).startswith(site + "/"))
print("a month after 2026-01-31:", date(2026, 1, 31) + relativedelta(months=+1))
