import sys

from . import load

for name in sys.argv[1:]:
    print(name, load(name))
