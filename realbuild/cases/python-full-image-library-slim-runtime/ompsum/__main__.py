import sys

from . import squares

for arg in sys.argv[1:] or ["1000"]:
    print(arg, squares(int(arg)))
