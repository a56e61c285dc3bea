"""Prints a table with tabulate and six, which poetry installed into /app/.venv from
poetry.lock: the packages are named by the lock, not by the Dockerfile."""
import sys

import six
import tabulate

print(tabulate.tabulate([(six.ensure_str("six"), six.__version__),
                         ("tabulate", tabulate.__version__)], headers=["package", "version"]))
print("venv", sys.prefix)
