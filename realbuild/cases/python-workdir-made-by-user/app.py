"""Writes a file into its working directory (made by `WORKDIR /data` as USER app, after
the build) and reports that directory's owner and mode as stat prints them."""
import os
import subprocess

import six

print("six", six.__version__)
print("cwd", os.getcwd())
print("stat", subprocess.run(["stat", "-c", "%U:%G %a", "."], capture_output=True,
                             text=True, check=False).stdout.strip())
try:
    with open("state.txt", "w", encoding="utf-8") as out:
        out.write("written\n")
    with open("state.txt", encoding="utf-8") as back:
        print("write ok:", back.read().strip())
except OSError as err:
    print("write failed:", err.strerror)
