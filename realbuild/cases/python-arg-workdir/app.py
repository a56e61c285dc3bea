"""Reports the directory it runs in, which a build argument chose (--build-arg
PROJECT=...), and the files there."""
import os

from tabulate import tabulate

here = os.getcwd()
print("cwd", here)
print(tabulate(sorted((name, os.path.getsize(name)) for name in os.listdir(here)),
               headers=["file", "bytes"]))
