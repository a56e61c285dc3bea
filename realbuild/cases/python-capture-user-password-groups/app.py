"""Prints what shows the accounts the captured RUN made are those of the original image:
ids, passwd and group entries, the password (checked, not printed: the hash is salted),
the shadow fields, sudo running as dev, and the owners and modes of the home's files."""
import subprocess
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import crypt


def run(*cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    out = proc.stdout.strip()
    print(f"$ {' '.join(cmd)} -> {proc.returncode}")
    if out:
        print(out)


run("id", "dev")
run("id", "root")
run("getent", "passwd", "dev", "root")
run("getent", "group", "sudo", "builders", "dev")
run("getent", "gshadow", "sudo", "builders", "dev")
shadow = {line.split(":")[0]: line.rstrip("\n").split(":") for line in open("/etc/shadow")}
for name in ("dev", "root"):
    fields = shadow.get(name)
    if fields is None:
        print(name, "not in /etc/shadow")
        continue
    pw = fields[1]
    method = pw.split("$")[1] if pw.startswith("$") else repr(pw)
    print(f"shadow {name}: method {method}, other fields {fields[2:]}")
print("dev's password is s3cret-pw:", crypt.crypt("s3cret-pw", shadow["dev"][1]) == shadow["dev"][1])
run("passwd", "-S", "dev")
run("passwd", "-S", "root")
run("sudo", "-u", "dev", "sh", "-c", "id -un; echo $HOME; cat ~/projects/notes.txt; ls -A ~")
run("stat", "-c", "%n %U:%G %a", "/home/dev", "/home/dev/.bashrc", "/home/dev/projects",
    "/home/dev/projects/notes.txt", "/home/dev/.ssh", "/home/dev/.ssh/authorized_keys",
    "/srv/shared", "/srv/shared/README")
