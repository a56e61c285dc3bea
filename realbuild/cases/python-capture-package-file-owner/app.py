"""Shows the owners and modes of the package files the build's RUN changed (nano's
configuration, its syntax directory) and dev reading the configuration only dev may read."""
import subprocess


def run(*cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    print(f"$ {' '.join(cmd)} -> {proc.returncode}")
    print((proc.stdout + proc.stderr).strip())


run("stat", "-c", "%n %U:%G %a", "/etc/nanorc", "/usr/share/nano", "/usr/share/nano/python.nanorc",
    "/home/dev/notes.txt")
run("su", "-s", "/bin/sh", "dev", "-c", "head -c 20 /etc/nanorc | wc -c; cat ~/notes.txt")
