"""Prints which environment runs it: pipenv's virtualenv (named after /app and its
hash) must be the same one in the original and in the runner."""
import sys

import six

print(sys.prefix)
print("six", six.__version__)
