import os
import stat

import six

conf = dict(line.strip().split("=", 1) for line in open("/etc/wordapp/app.ini") if "=" in line)
print(conf["greeting"])
print("words:", ", ".join(w.strip() for w in open(conf["words"])))
print("link:", os.readlink("/opt/wordapp/current"), os.listdir("/opt/wordapp/current"))
print("mode:", oct(stat.S_IMODE(os.stat("/etc/wordapp/app.ini").st_mode)))
print("debian_version present:", os.path.exists("/etc/debian_version"))
print("six", six.__version__)
