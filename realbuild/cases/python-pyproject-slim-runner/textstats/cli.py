"""Counts words with six and prints them with tabulate: both come from the project's
pyproject.toml (a dependency and the extra installed), which the Dockerfile does not name."""
import collections
import sys

import six
from tabulate import tabulate


def main():
    counts = collections.Counter(" ".join(sys.argv[1:]).split())
    rows = [(six.ensure_str(word), n) for word, n in sorted(counts.items())]
    print(tabulate(rows, headers=["word", "count"]))
