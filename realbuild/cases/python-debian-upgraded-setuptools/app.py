"""What a program can observe of the installed distributions after the build upgraded
Debian's own pip and setuptools with pip: every distribution its Python sees, where
setuptools is imported from, the version importlib.metadata answers, and pip."""
import importlib.metadata as metadata
import importlib.util
import subprocess

print("distributions", sorted(f"{d.metadata['Name']}=={d.version}"
                              for d in metadata.distributions()))
print("setuptools", metadata.version("setuptools"),
      importlib.util.find_spec("setuptools").origin)
done = subprocess.run(["pip3", "--version"], capture_output=True, text=True)
print("pip", done.returncode, done.stdout.strip(), done.stderr.strip()[-200:])
