"""Writes the service's configuration (readable by its group only) and its state (in the
service user's home), owned by the user the same RUN made."""
import json
import os
import shutil

import six

os.makedirs("/etc/app", exist_ok=True)
with open("/etc/app/app.conf", "w") as f:
    f.write("greeting=hello from a system user\n")
shutil.chown("/etc/app/app.conf", "root", "app")
os.chmod("/etc/app/app.conf", 0o640)
with open("/var/lib/app/state.json", "w") as f:
    json.dump({"six": six.__version__, "runs": 0}, f)
shutil.chown("/var/lib/app/state.json", "app", "app")
os.chmod("/var/lib/app/state.json", 0o600)
print("runtime set up")
