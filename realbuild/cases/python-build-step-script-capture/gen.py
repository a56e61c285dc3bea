"""Generates what app.py reads at run time: outside /app and inside it."""
import os
import six

with open("/etc/wordgen.conf", "w") as f:
    f.write("greeting=hello from the build step's generator\n"
            "words=/usr/share/wordgen/words.txt\n")
os.chmod("/etc/wordgen.conf", 0o640)
os.makedirs("/usr/share/wordgen", exist_ok=True)
with open("/usr/share/wordgen/words.txt", "w") as f:
    f.write("\n".join(sorted(["delta", "alpha", "charlie", "bravo"])) + "\n")
with open("/app/generated.txt", "w") as f:
    f.write("generated with six %s\n" % six.__version__)
