"""Runs under tini (apt-get install tini): PID 1 is the init program, this is its child."""
import os
import sys

import six

with open("/proc/1/cmdline", "rb") as f:
    init = [os.path.basename(w.decode()) for w in f.read().split(b"\0") if w][:2]
print("pid1", init)
print("parent is pid 1", os.getppid() == 1)
print("six", six.__version__)
print("args", sys.argv[1:])
