"""Greets with the installed library, then runs a command under valgrind, as a
pipeline's profiling step does (snakemake.scif's `valgrind --tool=massif snakemake`)."""
import shutil
import subprocess

import greetlib

print(greetlib.greet("profiler"))
print("valgrind on PATH:", shutil.which("valgrind") is not None)
done = subprocess.run(["valgrind", "-q", "--tool=none", "/bin/echo", "profiled"],
                      capture_output=True, text=True)
print("under valgrind:", done.returncode, done.stdout.strip())
