import sys

from . import total

for arg in sys.argv[1:] or ["10"]:
    print(arg, total(int(arg)))
