"""Index the words of a file by their first letter (JSON on stdout)."""
import json
import sys

index = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for word in f.read().split():
        index.setdefault(word[0], []).append(word)
json.dump({k: sorted(v) for k, v in sorted(index.items())}, sys.stdout, indent=1)
