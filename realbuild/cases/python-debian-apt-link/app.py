import os
import sys

import greet

# the command's `python` is the link the build made in /usr/local/bin
print(greet.hello(sys.argv[1] if len(sys.argv) > 1 else "world"))
print("python is", os.path.realpath("/usr/local/bin/python"))
