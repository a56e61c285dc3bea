"""Writes a key readable by the ssl-cert group only (the group ssl-cert's install made)."""
import os
import shutil

import six

path = "/etc/ssl/private/dev.key"
with open(path, "w") as f:
    f.write(f"not a real key (six {six.__version__})\n")
shutil.chown(path, "root", "ssl-cert")
os.chmod(path, 0o640)
with open("/home/dev/key-path", "w") as f:
    f.write(path + "\n")
shutil.chown("/home/dev/key-path", "dev", "dev")
