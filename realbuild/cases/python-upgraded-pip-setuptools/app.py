"""What a program can observe of the installed distributions after the build upgraded the
image's own pip and setuptools: the set of distributions of the image's Python (its
/usr/local site directory), the version importlib.metadata answers for setuptools, a
module of the old setuptools the new one dropped, the pip command, and the scripts of
the image's own packages in /usr/local/bin after the build removed wheel (its script
goes with it: the runner must not keep its own, whose module is gone)."""
import hashlib
import importlib.metadata as metadata
import importlib.util
import os
import subprocess
import sys

local = [p for p in sys.path if p.startswith("/usr/local/")]
print("distributions", sorted(f"{d.metadata['Name']}=={d.version}"
                              for d in metadata.distributions(path=local)))
print("setuptools", metadata.version("setuptools"), metadata.version("pip"))
print("entry points", len([e for e in metadata.entry_points(group="console_scripts")
                           if e.name in ("pip", "pip3")]))
import pip

# (not imported: the stand-in's Debian python3 trips setuptools' distutils hack either way)
package = importlib.util.find_spec("setuptools").submodule_search_locations[0]
print("modules", pip.__version__, os.path.exists(os.path.join(package, "extern", "__init__.py")))
done = subprocess.run(["pip", "--version"], capture_output=True, text=True)
print("pip", done.returncode, done.stdout.strip(), done.stderr.strip()[-200:])
bin_dir = "/usr/local/bin"
print("bin", sorted((f, hashlib.sha256(open(os.path.join(bin_dir, f), "rb").read()).hexdigest()[:12])
                    for f in os.listdir(bin_dir)))
try:
    done = subprocess.run(["wheel", "version"], capture_output=True, text=True)
    print("wheel", done.returncode, done.stdout.strip(), done.stderr.strip()[-120:])
except FileNotFoundError:
    print("wheel", "no such command")
