import os
import pwd
import shutil
import stat

from greet import greet

print(greet("capture"))
print("words:", open("/usr/share/app/words.txt").read().split())
st = os.stat("/var/lib/app/seed.txt")
print("seed:", open("/var/lib/app/seed.txt").read().strip(), pwd.getpwuid(st.st_uid).pw_name,
      oct(stat.S_IMODE(st.st_mode)))
print("state dir owner:", pwd.getpwuid(os.stat("/var/lib/app").st_uid).pw_name)
with open("/var/lib/app/run.log", "w") as log:
    log.write("ran\n")
print("wrote run.log as", pwd.getpwuid(os.getuid()).pw_name)
print("nano:", bool(shutil.which("nano")),
      [l.strip() for l in open("/etc/nanorc") if "tabsize" in l and not l.startswith("#")])
