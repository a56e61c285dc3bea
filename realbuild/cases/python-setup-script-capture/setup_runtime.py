"""Sets up what app.py reads at run time, outside /app."""
import os
import six

os.makedirs("/etc/wordapp", exist_ok=True)
with open("/etc/wordapp/app.ini", "w") as f:
    f.write("greeting=hello from the setup script\nwords=/opt/wordapp/data/words.txt\n")
os.chmod("/etc/wordapp/app.ini", 0o640)
os.makedirs("/opt/wordapp/data", exist_ok=True)
with open("/opt/wordapp/data/words.txt", "w") as f:
    f.write("\n".join(sorted(["delta", "alpha", "charlie", "bravo"])) + "\n")
os.symlink("/opt/wordapp/data", "/opt/wordapp/current")
os.remove("/etc/debian_version")
print("set up with six", six.__version__)
