"""The app: reads its settings next to it, normalises each argument through the
installed package and its console script, and reports the packaged interpreter."""
import json
import os
import subprocess
import sys

import jsonnorm

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "settings.json")) as f:
    settings = json.load(f)
print(settings["greeting"], sys.version_info[:2] >= (3, 5), sys.executable)
print("module:", jsonnorm.canonical(sys.argv[1]) if len(sys.argv) > 1 else "-")
done = subprocess.run(["jsonnorm"] + sys.argv[1:], stdout=subprocess.PIPE, universal_newlines=True)
print("script:", done.stdout.strip().replace("\n", " | "), "exit", done.returncode)
sys.exit(done.returncode)
