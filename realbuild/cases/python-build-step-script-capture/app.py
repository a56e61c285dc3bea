import os
import stat

import six

conf = dict(line.strip().split("=", 1) for line in open("/etc/wordgen.conf") if "=" in line)
print(conf["greeting"])
print("words:", ", ".join(w.strip() for w in open(conf["words"])))
print("mode:", oct(stat.S_IMODE(os.stat("/etc/wordgen.conf").st_mode)))
print(open("/app/generated.txt").read().strip())
print("six", six.__version__)
