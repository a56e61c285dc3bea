"""The app: which condalib the environment has after the build's upgrade (the
version, the installed distributions' records, whether the 1.0 module old.py is still
importable) and its compiled extension at work."""
import importlib.util
import sys
from importlib import metadata

import condalib
from condalib import _speed

print("prefix:", sys.prefix)
print("condalib:", condalib.VERSION, "metadata:", metadata.version("condalib"))
print("records:", sorted(d.metadata["Version"] for d in metadata.distributions()
                         if d.metadata["Name"] == "condalib"))
print("old.py importable:", importlib.util.find_spec("condalib.old") is not None)
print("twice(21):", _speed.twice(21))
