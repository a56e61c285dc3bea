"""Shows that dev is in ssl-cert: the group entries, and dev reading the key only that
group may read (su sets dev's groups from /etc/group)."""
import subprocess


def run(*cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    print(f"$ {' '.join(cmd)} -> {proc.returncode}")
    print((proc.stdout + proc.stderr).strip())


run("id", "dev")
run("getent", "group", "ssl-cert", "dev")
run("getent", "gshadow", "ssl-cert")
run("stat", "-c", "%n %U:%G %a", "/etc/ssl/private", "/etc/ssl/private/dev.key", "/home/dev/key-path")
run("su", "-s", "/bin/sh", "dev", "-c", "id -Gn; cat $(cat ~/key-path)")
