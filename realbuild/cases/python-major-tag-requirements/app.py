import sys

from tabulate import tabulate

rows = [("python", f"{sys.version_info.major}"), ("args", " ".join(sys.argv[1:]))]
print(tabulate(rows, headers=["what", "value"], tablefmt="github"))
