"""What a program can observe of the installed distributions after the build upgraded
Debian's own pip and setuptools with pip: every distribution its Python sees, where
setuptools is imported from, the version importlib.metadata answers, pip, and the
files of /usr/local/bin (the upgraded pip's scripts: the runner's must be the original's)."""
import hashlib
import importlib.metadata as metadata
import importlib.util
import os
import subprocess

print("distributions", sorted(f"{d.metadata['Name']}=={d.version}"
                              for d in metadata.distributions()))
print("setuptools", metadata.version("setuptools"),
      importlib.util.find_spec("setuptools").origin)
done = subprocess.run(["pip3", "--version"], capture_output=True, text=True)
print("pip", done.returncode, done.stdout.strip(), done.stderr.strip()[-200:])
bin_dir = "/usr/local/bin"
print("bin", sorted((f, hashlib.sha256(open(os.path.join(bin_dir, f), "rb").read()).hexdigest()[:12])
                    for f in os.listdir(bin_dir)))
