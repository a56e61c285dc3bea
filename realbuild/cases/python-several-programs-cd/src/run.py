"""Last program of the command: runs after `cd ..`, reads a file next to it."""
import os

import six

print("run in", os.getcwd())
print("six", six.__version__)
print("has scripts/", os.path.isdir("scripts"))
