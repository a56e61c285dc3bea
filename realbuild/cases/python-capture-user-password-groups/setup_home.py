"""Lays out the developer's home and a directory shared with the builders group, and
gives them to their owners by name (the account was made by the same RUN)."""
import os
import shutil

import six

home = "/home/dev"
os.makedirs(f"{home}/projects", exist_ok=True)
with open(f"{home}/projects/notes.txt", "w") as f:
    f.write(f"notes of dev, set up with six {six.__version__}\n")
os.makedirs(f"{home}/.ssh", mode=0o700, exist_ok=True)
with open(f"{home}/.ssh/authorized_keys", "w") as f:
    f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly dev@example\n")
os.chmod(f"{home}/.ssh", 0o700)
os.chmod(f"{home}/.ssh/authorized_keys", 0o600)
os.chmod(f"{home}/projects/notes.txt", 0o640)
for path in (f"{home}/projects", f"{home}/projects/notes.txt", f"{home}/.ssh",
             f"{home}/.ssh/authorized_keys"):
    shutil.chown(path, "dev", "dev")
shutil.chown(f"{home}/projects/notes.txt", group="builders")
os.makedirs("/srv/shared", exist_ok=True)
shutil.chown("/srv/shared", "root", "builders")
os.chmod("/srv/shared", 0o2775)
with open("/srv/shared/README", "w") as f:
    f.write("shared between the builders\n")
shutil.chown("/srv/shared/README", "dev", "builders")
os.chmod("/srv/shared/README", 0o664)
print("home of dev laid out")
