import sys

from . import canonical, version

status = 0
for text in sys.argv[1:]:
    try:
        print(canonical(text))
    except ValueError as exc:
        print("invalid:", exc)
        status = 1
print("jansson", version())
sys.exit(status)
