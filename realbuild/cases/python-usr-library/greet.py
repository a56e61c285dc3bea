"""Loads libgreet (built from source into /usr/lib) through the loader's cache, and
runs the program installed beside it into /usr/bin."""
import ctypes
import subprocess
import sys

import waitress  # noqa: F401  (a package pip installed: the app's environment)

lib = ctypes.CDLL("libgreet.so.1")
buf = ctypes.create_string_buffer(64)
for name in sys.argv[1:]:
    lib.greet(name.encode(), buf, len(buf))
    print(buf.value.decode())
sys.stdout.flush()
subprocess.check_call(["greetcli", "cli"])
