import sys

from . import threads

for arg in sys.argv[1:] or ["2"]:
    print(arg, threads(int(arg)))
