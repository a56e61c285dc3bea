import sys

from . import count

for text in sys.argv[1:]:
    print(" ".join(f"{word}={n}" for word, n in count(text)))
