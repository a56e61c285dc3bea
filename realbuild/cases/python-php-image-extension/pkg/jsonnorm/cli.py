"""The console script: canonical JSON of each argument."""
import sys

from . import canonical, version


def main():
    status = 0
    for text in sys.argv[1:]:
        try:
            print(canonical(text))
        except ValueError as exc:
            print("invalid:", exc)
            status = 1
    print("jansson", version())
    return status
