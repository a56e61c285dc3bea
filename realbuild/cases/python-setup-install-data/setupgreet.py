import os
import sys
import sysconfig


def main():
    # where setup.py install put the data files: the install scheme's data directory
    # (/usr/local on the official images and on Debian's Python), else the prefix
    for base in (sysconfig.get_path("data"), sys.prefix, "/usr/local"):
        path = os.path.join(base, "share", "setupgreet", "greeting.txt")
        if os.path.exists(path):
            break
    with open(path) as f:
        print(f.read().strip())
